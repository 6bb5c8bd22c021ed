namespace RmmHunt.Engine.Tests.Planning;

/// <summary>The plainest case-insensitive search of a needle in UTF-8 bytes (only ASCII letters fold): the oracle the fast searches are held to.</summary>
internal static class AsciiSearch
{
    /// <param name="lowerNeedle">The needle, already lower-cased.</param>
    public static bool ContainsIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        if (lowerNeedle.Length == 0) return true;
        byte first = lowerNeedle[0];
        byte firstUpper = first is >= (byte)'a' and <= (byte)'z' ? (byte)(first - 32) : first;
        int last = haystack.Length - lowerNeedle.Length;
        int from = 0;
        while (from <= last)
        {
            int at = first == firstUpper
                ? haystack[from..(last + 1)].IndexOf(first)
                : haystack[from..(last + 1)].IndexOfAny(first, firstUpper);
            if (at < 0) return false;
            at += from;
            if (EqualsIgnoreCase(haystack.Slice(at + 1, lowerNeedle.Length - 1), lowerNeedle[1..])) return true;
            from = at + 1;
        }
        return false;
    }

    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerNeedle)
    {
        for (int i = 0; i < lowerNeedle.Length; i++)
        {
            byte b = text[i];
            if (b is >= (byte)'A' and <= (byte)'Z') b += 32;
            if (b != lowerNeedle[i]) return false;
        }
        return true;
    }
}
