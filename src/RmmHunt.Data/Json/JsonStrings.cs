using System.Text;
using System.Text.Json;

namespace RmmHunt.Data.Json;

/// <summary>
/// Strings of JSON read from files, decoded leniently. <see cref="Utf8JsonReader.GetString"/> and
/// <see cref="Utf8JsonReader.CopyString(Span{byte})"/> throw on bytes that are not UTF-8 and on escaped
/// lone surrogates (<c>"\ud800"</c>), which damaged exports contain; a string is instead decoded the way
/// the CSV reader decodes text (invalid bytes become U+FFFD), so one bad character costs no row.
/// </summary>
internal static class JsonStrings
{
    /// <summary>The string or property name at the reader.</summary>
    public static string Get(scoped ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return Encoding.UTF8.GetString(reader.ValueSpan);
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan); // escapes left as written
        }
    }

    /// <summary>The string's UTF-8 bytes without escapes, copied into <paramref name="scratch"/> (grown as needed).</summary>
    public static ReadOnlySpan<byte> CopyUnescaped(scoped ref Utf8JsonReader reader, scoped ref byte[] scratch)
    {
        if (scratch.Length < reader.ValueSpan.Length) scratch = new byte[Math.Max(reader.ValueSpan.Length, scratch.Length * 2)];
        try
        {
            return scratch.AsSpan(0, reader.CopyString(scratch));
        }
        catch (InvalidOperationException)
        {
            reader.ValueSpan.CopyTo(scratch);
            return scratch.AsSpan(0, reader.ValueSpan.Length);
        }
    }
}
