using System.Numerics;

namespace RmmHunt.Engine.Vectors;

/// <summary>A bitmap with one bit per row; a set bit means the row's value is null.</summary>
public sealed class NullMask
{
    private readonly ulong[] _bits;

    public NullMask(int length)
    {
        Length = length;
        _bits = new ulong[(length + 63) >> 6];
    }

    public int Length { get; }

    public bool this[int row] => (_bits[row >> 6] & (1UL << row)) != 0;

    public void Set(int row) => _bits[row >> 6] |= 1UL << row;

    public void Clear(int row) => _bits[row >> 6] &= ~(1UL << row);

    public int CountSet()
    {
        int count = 0;
        foreach (var word in _bits) count += BitOperations.PopCount(word);
        return count;
    }

    public bool Any()
    {
        foreach (var word in _bits)
        {
            if (word != 0) return true;
        }
        return false;
    }

    /// <summary>The mask of the rows at <paramref name="rows"/>, or null when none of them is null.</summary>
    public NullMask? Gather(ReadOnlySpan<int> rows)
    {
        NullMask? result = null;
        for (int i = 0; i < rows.Length; i++)
        {
            if (this[rows[i]]) (result ??= new NullMask(rows.Length)).Set(i);
        }
        return result;
    }

    public NullMask? Slice(int start, int length)
    {
        NullMask? result = null;
        for (int i = 0; i < length; i++)
        {
            if (this[start + i]) (result ??= new NullMask(length)).Set(i);
        }
        return result;
    }
}
