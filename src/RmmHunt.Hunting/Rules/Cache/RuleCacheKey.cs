using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace RmmHunt.Hunting.Rules.Cache;

/// <summary>
/// What a cache entry is found by: a 128-bit hash of a rule file's text (a parse depends on nothing else but the
/// header's options). Kept as two longs in a class, as the entries are byte arrays, for the published command's
/// start: ReadyToRun compiles no code that holds a UInt128 or runs the runtime's dictionaries over a struct of this
/// assembly, and what it leaves is compiled just in time, fully optimized, at every start.
/// </summary>
internal sealed class RuleCacheKey(ulong high, ulong low) : IEquatable<RuleCacheKey>, IComparable<RuleCacheKey>
{
    public const int Size = 16;

    private readonly ulong _high = high, _low = low;

    public static RuleCacheKey Of(string text) => Hash(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>The XxHash128 of some bytes (also the cache file's checksum).</summary>
    public static RuleCacheKey Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[Size];
        XxHash128.Hash(bytes, hash);
        return Read(hash);
    }

    public static RuleCacheKey Read(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));

    public void Write(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, _high);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], _low);
    }

    public bool Equals(RuleCacheKey? other) => other is not null && _high == other._high && _low == other._low;

    public override bool Equals(object? obj) => Equals(obj as RuleCacheKey);

    public override int GetHashCode() => (int)_low;

    public int CompareTo(RuleCacheKey? other) =>
        other is null ? 1 : _high != other._high ? _high.CompareTo(other._high) : _low.CompareTo(other._low);
}
