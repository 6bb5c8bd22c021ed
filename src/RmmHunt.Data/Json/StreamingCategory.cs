using System.Text;
using RmmHunt.Data.Schemas;

namespace RmmHunt.Data.Json;

/// <summary>
/// The Defender streaming API's <c>category</c> (<c>AdvancedHunting-DeviceNetworkEvents</c>) and the
/// table it names (formats.md §6), plus a byte-level search for categories that finds every table of a
/// large file without parsing it.
/// </summary>
internal static class StreamingCategory
{
    private const string Prefix = "AdvancedHunting-";
    private static readonly byte[] Key = "\"category\""u8.ToArray();

    /// <summary>The table a category names, spelled as the built-in table is when there is one.</summary>
    public static string TableOf(string category)
    {
        string name = category.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? category[Prefix.Length..] : category;
        return BuiltInSchemas.Instance.TableNames.FirstOrDefault(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase)) ?? name;
    }

    public static bool Names(string category, string table) => string.Equals(TableOf(category), table, StringComparison.Ordinal);

    /// <summary>
    /// The value of the first <c>"category"</c> key in the record's bytes (the envelope's: Azure writes it
    /// before <c>properties</c>), or null. A quote escaped inside a string (<c>\"category\"</c>) is not a key.
    /// </summary>
    public static string? Find(ReadOnlySpan<byte> record)
    {
        int offset = 0;
        while (true)
        {
            int at = record[offset..].IndexOf(Key);
            if (at < 0) return null;
            at += offset;
            offset = at + Key.Length;
            if (at > 0 && record[at - 1] == (byte)'\\') continue;
            int i = offset;
            while (i < record.Length && record[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
            if (i >= record.Length || record[i] != (byte)':') continue;
            i++;
            while (i < record.Length && record[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
            if (i >= record.Length || record[i] != (byte)'"') return null;
            int end = record[(i + 1)..].IndexOf((byte)'"');
            return end < 0 ? null : Encoding.UTF8.GetString(record.Slice(i + 1, end));
        }
    }

    /// <summary>Every streaming category in the stream's bytes, found by the byte search alone (no JSON parsing).</summary>
    public static IReadOnlySet<string> All(Stream data)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new byte[1 << 20];
        int filled = 0;
        while (true)
        {
            int read = data.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var span = buffer.AsSpan(0, filled);
            // Search up to the last newline (a record never spans it in JSON lines); at the end, everything.
            int cut = read == 0 ? filled : span.LastIndexOf((byte)'\n') + 1;
            if (cut == 0 && filled == buffer.Length) cut = filled - 256; // one huge line: keep a key's worth of overlap
            var block = span[..cut];
            for (int at = 0; ;)
            {
                int hit = block[at..].IndexOf(Key);
                if (hit < 0) break;
                string? category = Find(block[(at + hit)..]);
                if (category is not null && category.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) found.Add(category);
                at += hit + Key.Length;
            }
            if (read == 0) return found;
            span[cut..].CopyTo(buffer);
            filled -= cut;
        }
    }
}
