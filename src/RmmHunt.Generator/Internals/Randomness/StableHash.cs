using System.Security.Cryptography;
using System.Text;

namespace RmmHunt.Generator.Internals.Randomness;

/// <summary>
/// Values that must stay the same wherever they are derived (a binary's hashes, a device's id, the PID of
/// a long-running service), computed from names instead of drawn from the row-by-row random stream.
/// </summary>
internal static class StableHash
{
    /// <summary>A well-mixed 64-bit value of two inputs (the SplitMix64 finaliser).</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        ulong z = a * 0x9E3779B97F4A7C15 ^ b;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>FNV-1a over UTF-16 code units; string.GetHashCode is randomised per process, so not usable here.</summary>
    public static ulong Of(string text)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 1099511628211;
        }
        return Mix(hash, (ulong)text.Length);
    }

    public static string Sha1Hex(string text) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Md5Hex(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A GUID in registry format derived from text (Entra object ids, install ids).</summary>
    public static string Guid(string text)
    {
        Span<byte> bytes = stackalloc byte[16];
        MD5.HashData(Encoding.UTF8.GetBytes(text), bytes);
        return new Guid(bytes).ToString("D");
    }
}
