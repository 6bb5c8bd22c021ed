namespace RmmHunt.Data.Csv.Internals;

/// <summary>Where the whole rows at the start of a window of bytes (which starts outside quotes) end.</summary>
internal static class RowCut
{
    /// <summary>Why a row's first line is given up when the row does not end within <paramref name="maxRowBytes"/> bytes.</summary>
    public static string TooLong(int maxRowBytes) => $"the row does not end within {maxRowBytes} bytes (unterminated quoted field?)";

    /// <summary>Why a row's first line is given up when the input ends inside its quoted field.</summary>
    public const string UnterminatedAtEnd = "unterminated quoted field at the end of the file";

    /// <summary>
    /// Bytes of whole rows in <paramref name="window"/>; 0 when no row ends in it. At the end of the input
    /// (<paramref name="atEnd"/>) a last row without its newline counts as whole unless it is inside an unterminated quote.
    /// </summary>
    public static int WholeRows(ReadOnlySpan<byte> window, bool atEnd, RowScanner scanner)
    {
        scanner.Scan(window, null);
        if (atEnd && !scanner.EndsInsideQuotes) return window.Length;
        var ends = scanner.Ends;
        return ends.IsEmpty ? 0 : ends[^1] + 1;
    }
}
