namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// The whole rows at the start of a window of bytes (which starts outside quotes): where they end, and
/// the row-ending newlines found on the way, kept for the worker that parses them.
/// </summary>
/// <param name="Length">Bytes of whole rows; 0 when no row ends in the window.</param>
/// <param name="RowEnds">Offsets of the row-ending newlines (the first <paramref name="Rows"/> entries).</param>
/// <param name="Newlines">All newlines in the first <paramref name="Length"/> bytes, quoted or not (for line numbers).</param>
internal sealed record RowCut(int Length, int[] RowEnds, int Rows, int Newlines)
{
    /// <summary>
    /// Indexes the rows of <paramref name="window"/>. At the end of the input (<paramref name="atEnd"/>)
    /// a last row without its newline counts as whole unless it is inside an unterminated quote.
    /// </summary>
    public static RowCut Of(ReadOnlySpan<byte> window, bool atEnd)
    {
        var ends = new int[Math.Max(64, window.Length / 256)];
        int rows = RowIndexer.FindRowEnds(window, ref ends, out int newlines, out bool inside);
        if (atEnd && !inside) return new RowCut(window.Length, ends, rows, newlines);
        if (rows == 0) return new RowCut(0, ends, 0, 0);
        int length = ends[rows - 1] + 1;
        // The unfinished row after the last end is indexed again with the next window.
        return new RowCut(length, ends, rows, newlines - window[length..].Count((byte)'\n'));
    }
}
