using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// Assigns each input row the index of its group (by key values), creating groups in order of first
/// appearance so output order is deterministic. Open addressing over the groups' key hashes.
/// </summary>
public sealed class GroupTable
{
    private readonly KeyStore[] _keys;
    private int[] _slots = new int[16]; // group index + 1; 0 is empty (small: most of a pack's rules find few groups or none)
    private int[] _groupHashes = new int[8];
    private int[] _rowHashes = [];

    public GroupTable(IReadOnlyList<KqlType> keyTypes) => _keys = keyTypes.Select(KeyStore.Create).ToArray();

    public int Count { get; private set; }

    /// <summary>Fills <paramref name="groups"/> with the group of each row.</summary>
    public void Assign(Column[] keys, int rowCount, int[] groups)
    {
        if (_keys.Length == 0)
        {
            if (Count == 0) Count = 1;
            Array.Clear(groups, 0, rowCount);
            return;
        }
        if (_keys.Length == 1 && keys[0] is StringColumn { IsDictionaryEncoded: true } dictionary && dictionary.Dictionary!.Length < rowCount)
        {
            AssignDictionary(dictionary, rowCount, groups);
            return;
        }
        if (_rowHashes.Length < rowCount) _rowHashes = new int[rowCount];
        Array.Fill(_rowHashes, 17, 0, rowCount);
        for (int k = 0; k < _keys.Length; k++) _keys[k].HashAll(keys[k], rowCount, _rowHashes);
        for (int row = 0; row < rowCount; row++) groups[row] = Find(keys, row, Mix(_rowHashes[row]));
    }

    /// <summary>A dictionary-encoded key is looked up once per distinct value.</summary>
    private void AssignDictionary(StringColumn column, int rowCount, int[] groups)
    {
        var byCode = new int[column.Dictionary!.Length];
        Array.Fill(byCode, -1);
        var keys = new Column[] { column };
        for (int row = 0; row < rowCount; row++)
        {
            int code = column.Codes![row];
            if (byCode[code] < 0) byCode[code] = Find(keys, row, HashRow(keys, row));
            groups[row] = byCode[code];
        }
    }

    private int HashRow(Column[] keys, int row)
    {
        int hash = 17;
        for (int k = 0; k < _keys.Length; k++) hash = hash * 31 + _keys[k].Hash(keys[k], row);
        return Mix(hash);
    }

    /// <summary>
    /// Spreads the combined hash over all bits (murmur3's finalizer): slots are taken from the low bits,
    /// and the hash of a long or int is its value, so keys such as multiples of 1024 would otherwise
    /// all land on one slot and the open addressing would degrade to a linear search.
    /// </summary>
    private static int Mix(int hash)
    {
        uint h = (uint)hash;
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return (int)h;
    }

    private int Find(Column[] keys, int row, int hash)
    {
        int mask = _slots.Length - 1;
        int slot = hash & mask;
        while (true)
        {
            int entry = _slots[slot];
            if (entry == 0) return Insert(keys, row, hash, slot);
            int group = entry - 1;
            if (_groupHashes[group] == hash && Matches(group, keys, row)) return group;
            slot = (slot + 1) & mask;
        }
    }

    private bool Matches(int group, Column[] keys, int row)
    {
        for (int k = 0; k < _keys.Length; k++)
        {
            if (!_keys[k].Matches(group, keys[k], row)) return false;
        }
        return true;
    }

    private int Insert(Column[] keys, int row, int hash, int slot)
    {
        int group = Count++;
        for (int k = 0; k < _keys.Length; k++) _keys[k].Add(keys[k], row);
        if (group == _groupHashes.Length) Array.Resize(ref _groupHashes, group * 2);
        _groupHashes[group] = hash;
        _slots[slot] = group + 1;
        if (Count * 2 > _slots.Length) Rehash();
        return group;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        int mask = _slots.Length - 1;
        for (int group = 0; group < Count; group++)
        {
            int slot = _groupHashes[group] & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = group + 1;
        }
    }

    /// <summary>The group of a row's key values without creating one: -1 when no group has them.</summary>
    public int Lookup(Column[] keys, int row)
    {
        if (_keys.Length == 0) return Count > 0 ? 0 : -1;
        int hash = HashRow(keys, row);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            int entry = _slots[slot];
            if (entry == 0) return -1;
            int group = entry - 1;
            if (_groupHashes[group] == hash && Matches(group, keys, row)) return group;
        }
    }

    /// <summary>The group of one row, created if new.</summary>
    public int Add(Column[] keys, int row) => _keys.Length == 0 ? (Count == 0 ? Count = 1 : 1) - 1 : Find(keys, row, HashRow(keys, row));

    public Column[] BuildKeys() => _keys.Select(k => k.Build()).ToArray();
}
