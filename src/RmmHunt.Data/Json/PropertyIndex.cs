using System.Text;
using System.Text.Json;

namespace RmmHunt.Data.Json;

/// <summary>
/// Finds a row object's property among the file's columns by its UTF-8 name. Rows written by one
/// program list their properties in the same order, so the column after the last one found is tried
/// first: one comparison per property in the usual case, no string decoded.
/// </summary>
internal sealed class PropertyIndex
{
    private readonly byte[][] _names;
    private readonly Dictionary<string, int> _byName;
    private int _next;

    public PropertyIndex(IReadOnlyList<string> columns)
    {
        _names = columns.Select(Encoding.UTF8.GetBytes).ToArray();
        _byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < columns.Count; i++) _byName.TryAdd(columns[i], i);
    }

    /// <summary>The file column of the property name at the reader, or -1.</summary>
    public int Find(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped) return _byName.GetValueOrDefault(JsonStrings.Get(ref reader), -1);
        var name = reader.ValueSpan;
        if (_next < _names.Length && name.SequenceEqual(_names[_next])) return _next++;
        for (int i = 0; i < _names.Length; i++)
        {
            if (name.SequenceEqual(_names[i]))
            {
                _next = i + 1;
                return i;
            }
        }
        return -1;
    }
}
