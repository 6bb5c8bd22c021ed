using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Vectors;

/// <summary>A column of fixed-size values with an optional null mask (null when no row is null).</summary>
public sealed class PrimitiveColumn<T> : Column where T : unmanaged
{
    public PrimitiveColumn(KqlType type, T[] values, NullMask? nulls, int length) : base(type, length)
    {
        Values = values;
        Nulls = nulls;
    }

    public PrimitiveColumn(KqlType type, T[] values, NullMask? nulls = null) : this(type, values, nulls, values.Length) { }

    public T[] Values { get; }
    public NullMask? Nulls { get; }

    public override bool IsNull(int row) => Nulls is not null && Nulls[row];

    public override object? GetValue(int row)
    {
        if (IsNull(row)) return null;
        object value = Values[row];
        return Type switch
        {
            KqlType.DateTime => new DateTime((long)value, DateTimeKind.Utc),
            KqlType.TimeSpan => new TimeSpan((long)value),
            _ => value,
        };
    }

    public override Column Gather(ReadOnlySpan<int> rows)
    {
        var values = new T[rows.Length];
        for (int i = 0; i < rows.Length; i++) values[i] = Values[rows[i]];
        return new PrimitiveColumn<T>(Type, values, Nulls?.Gather(rows));
    }

    protected override Column Repeat(int length)
    {
        var values = new T[length];
        Array.Fill(values, Values[0]);
        NullMask? nulls = null;
        if (IsNull(0))
        {
            nulls = new NullMask(length);
            for (int row = 0; row < length; row++) nulls.Set(row);
        }
        return new PrimitiveColumn<T>(Type, values, nulls);
    }

    public override Column Slice(int start, int length) =>
        new PrimitiveColumn<T>(Type, Values.AsSpan(start, length).ToArray(), Nulls?.Slice(start, length));
}
