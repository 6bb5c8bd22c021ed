using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Splits one row (without its line terminator) into RFC 4180 fields, 64 bytes at a time on bit masks
/// rather than byte by byte: a Defender row has 40–70 fields, and a search call per field would cost
/// more than the masks. With q = quotes and "before" = inside-quotes state before each byte (running
/// parity of q), a quote opens when outside and closes when inside; the row is well formed iff every
/// opening quote starts a field or follows a closing quote (a doubled quote), and every closing quote
/// is followed by a separator, an opening quote, or the row end.
/// </summary>
internal static class FieldSplitter
{
    /// <summary>
    /// Fills <paramref name="fields"/> with the row's fields (contents without the enclosing quotes).
    /// Returns the number of fields, which may exceed the span (the extra ones are only counted), or
    /// -1 with <paramref name="error"/> for a malformed row. With <paramref name="stopAfter"/>, splitting
    /// stops once that many fields are found (the prefilter needs only the leading fields it searches):
    /// the count is then that number, and the rest of the row is not checked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Split(ReadOnlySpan<byte> row, Span<CsvField> fields, out string? error, int stopAfter = int.MaxValue)
    {
        error = null;
        int count = 0, fieldStart = 0;
        bool fieldEscaped = false;
        ulong inside = 0, carryStart = 1, carryClose = 0; // state carried over from the previous 64 bytes
        ref byte first = ref MemoryMarshal.GetReference(row);
        Span<byte> tail = stackalloc byte[64];
        for (int i = 0; i < row.Length; i += 64)
        {
            int left = row.Length - i;
            ulong quotes, commas;
            if (left >= 64) ByteMasks.Of(ref Unsafe.Add(ref first, i), (byte)'"', (byte)',', out quotes, out commas);
            else
            {
                tail.Clear();
                row[i..].CopyTo(tail);
                ByteMasks.Of(ref MemoryMarshal.GetReference(tail), (byte)'"', (byte)',', out quotes, out commas);
            }
            if ((quotes | inside | carryClose) == 0)
            {
                // A window without quotes, entered outside quotes and not just after a closing one: every comma
                // ends a plain field and nothing can be malformed. Most windows of a Defender row are like this
                // (hashes, names, numbers), and the prefilter splits millions of rows up to their key fields.
                for (ulong s = commas; s != 0; s &= s - 1)
                {
                    int end = i + BitOperations.TrailingZeroCount(s);
                    if (count < fields.Length) fields[count] = new CsvField { Start = fieldStart, Length = end - fieldStart };
                    if (++count >= stopAfter) return count;
                    fieldStart = end + 1;
                }
                carryStart = commas >> 63;
                continue;
            }
            ulong after = ByteMasks.PrefixXor(quotes) ^ inside; // inside quotes after each byte
            ulong before = after ^ quotes;
            ulong separators = commas & ~before;
            ulong opens = quotes & ~before, closes = quotes & before;
            ulong starts = (separators << 1) | carryStart;
            ulong afterClose = (closes << 1) | carryClose;
            ulong beyond = left >= 64 ? 0 : ~0UL << left;
            ulong bad = (opens & ~(starts | afterClose)) | (afterClose & ~(separators | opens | beyond));
            if (bad != 0)
            {
                error = Describe(row, i, bad, opens, count + BitOperations.PopCount(separators & ((bad & (0 - bad)) - 1)));
                return -1;
            }
            ulong reopens = opens & afterClose; // the second quote of each doubled pair
            for (ulong s = separators; s != 0; s &= s - 1)
            {
                int bit = BitOperations.TrailingZeroCount(s);
                ulong below = (1UL << bit) - 1;
                Add(fields, ref count, row, fieldStart, i + bit, fieldEscaped || (reopens & below) != 0);
                if (count >= stopAfter) return count;
                reopens &= ~below;
                fieldEscaped = false;
                fieldStart = i + bit + 1;
            }
            fieldEscaped |= reopens != 0;
            inside = (ulong)((long)after >> 63);
            carryStart = separators >> 63;
            carryClose = closes >> 63;
        }
        if (inside != 0)
        {
            error = "unterminated quoted field";
            return -1;
        }
        Add(fields, ref count, row, fieldStart, row.Length, fieldEscaped);
        return count;
    }

    private static void Add(Span<CsvField> fields, ref int count, ReadOnlySpan<byte> row, int start, int end, bool escaped)
    {
        if (count < fields.Length)
        {
            // A well-formed field that starts with a quote ends with one.
            fields[count] = end > start && row[start] == (byte)'"'
                ? new CsvField { Start = start + 1, Length = end - start - 2, Escaped = escaped }
                : new CsvField { Start = start, Length = end - start };
        }
        count++;
    }

    /// <summary>The first offending byte: a misplaced opening quote, or the byte after a closing quote.</summary>
    private static string Describe(ReadOnlySpan<byte> row, int offset, ulong bad, ulong opens, int fieldsBefore)
    {
        int bit = BitOperations.TrailingZeroCount(bad);
        return (opens & (1UL << bit)) != 0
            ? $"quote inside an unquoted field (field {fieldsBefore + 1})"
            : $"unexpected text after a closing quote: '{(char)row[offset + bit]}'";
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
