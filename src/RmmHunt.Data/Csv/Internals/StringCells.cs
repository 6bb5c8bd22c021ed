using System.Text;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// A string column, dictionary-encoded while its values repeat (so predicates run once per distinct
/// value) and flat once it proves high-cardinality (command lines, hashes), where a dictionary would
/// only cost hashing.
/// </summary>
internal sealed class StringCells(int capacity) : CellColumn
{
    /// <summary>Rows seen before judging the cardinality.</summary>
    private const int Probe = 256;

    private Utf8Interner? _dictionary = new();
    private int[] _codes = new int[Math.Max(capacity, 16)];
    private string[]? _flat;
    private int _count;

    public override int Count => _count;

    public override void AddEmpty() => TryAdd([]);

    public override bool TryAdd(ReadOnlySpan<byte> text)
    {
        if (_flat is not null)
        {
            if (_count == _flat.Length) Array.Resize(ref _flat, _flat.Length * 2);
            _flat[_count++] = text.Length == 0 ? "" : Encoding.UTF8.GetString(text);
            return true;
        }
        if (_count == _codes.Length) Array.Resize(ref _codes, _codes.Length * 2);
        _codes[_count++] = _dictionary!.GetOrAdd(text);
        if (_count >= Probe && _dictionary.Count * 2 > _count) BecomeFlat();
        return true;
    }

    public override void Truncate(int count) => _count = count;

    public override Column Build()
    {
        if (_flat is not null) return new StringColumn(_flat.Length == _count ? _flat : _flat[.._count]);
        return StringColumn.FromDictionary(_codes.Length == _count ? _codes : _codes[.._count], _dictionary!.ToArray(), _count);
    }

    private void BecomeFlat()
    {
        _flat = new string[_codes.Length];
        for (int i = 0; i < _count; i++) _flat[i] = _dictionary![_codes[i]];
        _dictionary = null;
    }
}
