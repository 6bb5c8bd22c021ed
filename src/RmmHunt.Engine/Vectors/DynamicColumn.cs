using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Vectors;

/// <summary>A column of dynamic values (see <see cref="RmmHunt.Kql.Values.DynArray"/>); a null entry is dynamic null.</summary>
public sealed class DynamicColumn : Column
{
    public DynamicColumn(object?[] values) : base(KqlType.Dynamic, values.Length) => Values = values;

    public object?[] Values { get; }

    public override bool IsNull(int row) => Values[row] is null;

    public override object? GetValue(int row) => Values[row];

    public override Column Gather(ReadOnlySpan<int> rows)
    {
        var values = new object?[rows.Length];
        for (int i = 0; i < rows.Length; i++) values[i] = Values[rows[i]];
        return new DynamicColumn(values);
    }

    public override Column Slice(int start, int length) => new DynamicColumn(Values.AsSpan(start, length).ToArray());
}
