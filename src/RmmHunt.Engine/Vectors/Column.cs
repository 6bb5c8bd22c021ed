using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Vectors;

/// <summary>
/// A typed vector of values, the unit operators and kernels work on. Physical storage by KQL type:
/// bool, int, long, double, decimal and Guid in <see cref="PrimitiveColumn{T}"/> with a null mask;
/// datetime and timespan as long ticks; string in <see cref="StringColumn"/> (never null: KQL strings
/// are empty instead); dynamic in <see cref="DynamicColumn"/>.
/// </summary>
public abstract class Column
{
    protected Column(KqlType type, int length)
    {
        Type = type;
        Length = length;
    }

    public KqlType Type { get; }
    public int Length { get; }

    public abstract bool IsNull(int row);

    /// <summary>The row's value as a KQL value object (DateTime, TimeSpan, string...), null for null. For slow paths and output.</summary>
    public abstract object? GetValue(int row);

    /// <summary>A new column of the rows at <paramref name="rows"/>, in that order.</summary>
    public abstract Column Gather(ReadOnlySpan<int> rows);

    public abstract Column Slice(int start, int length);

    /// <summary>A column of <paramref name="length"/> copies of one value.</summary>
    public static Column Constant(KqlType type, object? value, int length)
    {
        if (type == KqlType.String) return StringColumn.Repeat((string?)value ?? "", length);
        var builder = ColumnBuilder.Create(type, 1);
        builder.Add(value);
        var one = builder.Build();
        // A constant argument (make_set's size, a bin width) is evaluated for every batch of every rule: fixed-size values are copied, not converted per row.
        return one.Repeat(length) ?? Repeated(type, value, length);
    }

    private static Column Repeated(KqlType type, object? value, int length)
    {
        var builder = ColumnBuilder.Create(type, length);
        for (int i = 0; i < length; i++) builder.Add(value);
        return builder.Build();
    }

    /// <summary>The first value repeated <paramref name="length"/> times, or null where the column cannot copy it as it is.</summary>
    protected virtual Column? Repeat(int length) => null;

    public override string ToString() => $"{Type.Name()}[{Length}]";
}
