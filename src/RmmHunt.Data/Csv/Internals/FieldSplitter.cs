using System.Runtime.CompilerServices;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>Splits one row (without its line terminator) into RFC 4180 fields.</summary>
internal static class FieldSplitter
{
    /// <summary>
    /// Fills <paramref name="fields"/> with the row's fields (contents without the enclosing quotes).
    /// Returns the number of fields, which may exceed the span (the extra ones are only counted), or
    /// -1 with <paramref name="error"/> for a malformed row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Split(ReadOnlySpan<byte> row, Span<CsvField> fields, out string? error)
    {
        error = null;
        int count = 0, pos = 0;
        while (true)
        {
            CsvField field;
            int next;
            if (pos < row.Length && row[pos] == (byte)'"')
            {
                if (!ReadQuoted(row, pos, out field, out next, out error)) return -1;
            }
            else
            {
                int stop = row[pos..].IndexOfAny((byte)',', (byte)'"');
                if (stop >= 0 && row[pos + stop] == (byte)'"')
                {
                    error = $"quote inside an unquoted field (field {count + 1})";
                    return -1;
                }
                int length = stop < 0 ? row.Length - pos : stop;
                field = new CsvField { Start = pos, Length = length };
                next = pos + length;
            }
            if (count < fields.Length) fields[count] = field;
            count++;
            if (next >= row.Length) return count;
            pos = next + 1; // past the comma
        }
    }

    /// <summary>A quoted field from the opening quote at <paramref name="open"/>; <paramref name="next"/> = the comma or end after it.</summary>
    private static bool ReadQuoted(ReadOnlySpan<byte> row, int open, out CsvField field, out int next, out string? error)
    {
        bool escaped = false;
        int p = open + 1;
        while (true)
        {
            int q = row[p..].IndexOf((byte)'"');
            if (q < 0)
            {
                field = default;
                next = 0;
                error = "unterminated quoted field";
                return false;
            }
            p += q;
            if (p + 1 < row.Length && row[p + 1] == (byte)'"')
            {
                escaped = true;
                p += 2;
                continue;
            }
            field = new CsvField { Start = open + 1, Length = p - open - 1, Escaped = escaped };
            next = p + 1;
            if (next < row.Length && row[next] != (byte)',')
            {
                error = $"unexpected text after a closing quote: '{(char)row[next]}'";
                return false;
            }
            error = null;
            return true;
        }
    }

    /// <summary>Undoes quote doubling; <paramref name="destination"/> must be at least as long as <paramref name="text"/>.</summary>
    public static int Unescape(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        int written = 0;
        while (true)
        {
            int q = text.IndexOf((byte)'"');
            if (q < 0)
            {
                text.CopyTo(destination[written..]);
                return written + text.Length;
            }
            text[..(q + 1)].CopyTo(destination[written..]);
            written += q + 1;
            text = text[(q + 2)..]; // the second quote of the pair
        }
    }
}
