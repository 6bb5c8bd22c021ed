using System.Collections;

namespace RmmHunt.Kql.Values;

/// <summary>
/// A KQL <c>dynamic</c> property bag. Kusto treats bags as unordered; we keep insertion order so that
/// output is deterministic and matches what users pasted.
/// </summary>
public sealed class DynBag : IReadOnlyCollection<KeyValuePair<string, object?>>
{
    public static readonly DynBag Empty = new(Array.Empty<KeyValuePair<string, object?>>());

    private readonly KeyValuePair<string, object?>[] _entries;
    private Dictionary<string, int>? _index;

    public DynBag(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        // Later duplicates replace earlier ones, as a JSON parser would.
        var list = new List<KeyValuePair<string, object?>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (seen.TryGetValue(entry.Key, out int at)) list[at] = entry;
            else { seen[entry.Key] = list.Count; list.Add(entry); }
        }
        _entries = list.ToArray();
    }

    public int Count => _entries.Length;

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public bool TryGetValue(string key, out object? value)
    {
        if (_entries.Length <= 8)
        {
            foreach (var entry in _entries)
            {
                if (entry.Key == key) { value = entry.Value; return true; }
            }
            value = null;
            return false;
        }
        _index ??= BuildIndex();
        if (_index.TryGetValue(key, out int i)) { value = _entries[i].Value; return true; }
        value = null;
        return false;
    }

    public object? this[string key] => TryGetValue(key, out var value) ? value : null;

    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(_entries.Length, StringComparer.Ordinal);
        for (int i = 0; i < _entries.Length; i++) index[_entries[i].Key] = i;
        return index;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    public override bool Equals(object? obj) => obj is DynBag other && DynValue.DeepEquals(this, other);

    public override int GetHashCode() => DynValue.DeepHash(this);

    public override string ToString() => DynJson.Serialize(this);
}
