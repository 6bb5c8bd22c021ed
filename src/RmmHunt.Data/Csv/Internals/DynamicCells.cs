using System.Text;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Values;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>Dynamic values from JSON text; text that is not JSON stays a dynamic string, as <c>parse_json</c> does.</summary>
internal sealed class DynamicCells(int capacity) : CellColumn
{
    private readonly List<object?> _values = new(capacity);

    public override int Count => _values.Count;

    public override void AddEmpty() => _values.Add(null);

    public override bool TryAdd(ReadOnlySpan<byte> text)
    {
        _values.Add(DynJson.TryParse(text, out var value) ? value : Encoding.UTF8.GetString(text));
        return true;
    }

    public override void Truncate(int count) => _values.RemoveRange(count, _values.Count - count);

    public override Column Build() => new DynamicColumn(_values.ToArray());
}
