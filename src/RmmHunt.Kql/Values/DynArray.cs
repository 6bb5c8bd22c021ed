using System.Collections;

namespace RmmHunt.Kql.Values;

/// <summary>
/// A KQL <c>dynamic</c> array. Elements are dynamic values: null, bool, long, double, decimal,
/// string, DateTime, TimeSpan, Guid, <see cref="DynArray"/> or <see cref="DynBag"/>.
/// </summary>
public sealed class DynArray : IReadOnlyList<object?>
{
    public static readonly DynArray Empty = new(Array.Empty<object?>());

    private readonly object?[] _items;

    public DynArray(object?[] items) => _items = items;

    public DynArray(IEnumerable<object?> items) => _items = items.ToArray();

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    public ReadOnlySpan<object?> AsSpan() => _items;

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override bool Equals(object? obj) => obj is DynArray other && DynValue.DeepEquals(this, other);

    public override int GetHashCode() => DynValue.DeepHash(this);

    public override string ToString() => DynJson.Serialize(this);
}
