using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Reads a stream (a gzip file, or a plain one when <see cref="CsvReadOptions.ParallelReads"/> is off) in large blocks and cuts them into
/// chunks of whole rows, so that workers can split and convert chunks independently. Cutting indexes
/// the row ends of each block (its last one is where the chunk ends); the row-by-row work happens in
/// the workers.
/// A row that cannot end (a stray or unterminated quote) costs its first line, never the rest of the file.
/// </summary>
internal sealed class StreamChunkProducer(Stream stream, string location, CsvReadOptions options, BlockPool pool) : IChunkProducer
{
    private readonly RowScanner _scanner = new();
    private bool _eof;
    private long _offset; // of the buffer's first byte in the stream

    public void Run(Action<Chunk> chunks, Action<ChunkResult> rejections, CancellationToken cancellation)
    {
        var buffer = pool.Rent(options.BlockSize);
        int filled = 0;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            filled = Fill(buffer, filled);
            if (filled == 0)
            {
                pool.Return(buffer);
                return;
            }
            var data = buffer.AsSpan(0, filled);
            _scanner.Scan(data, null);
            // A row longer than the limit is cut off with the rows before it, so that its first line is given up.
            var (rows, end, tooLong) = _scanner.WholeRows(filled, _eof, options.MaxRowBytes);
            if (tooLong && rows == 0)
                filled = RejectFirstLine(buffer, filled, RowCut.TooLong(options.MaxRowBytes), rejections);
            else if (end > 0)
            {
                var next = pool.Rent(filled - end < options.BlockSize / 2 ? options.BlockSize : 2 * (filled - end));
                data[end..].CopyTo(next);
                chunks(Chunk.InBuffer(buffer, _offset, end, _eof && end == filled));
                (buffer, filled, _offset) = (next, filled - end, _offset + end);
            }
            else if (filled >= options.MaxRowBytes)
                filled = RejectFirstLine(buffer, filled, RowCut.TooLong(options.MaxRowBytes), rejections);
            else if (_eof)
                filled = RejectFirstLine(buffer, filled, RowCut.UnterminatedAtEnd, rejections);
            else
                Array.Resize(ref buffer, buffer.Length * 2);
        }
    }

    private int Fill(byte[] buffer, int filled)
    {
        while (filled < buffer.Length && !_eof)
        {
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0) _eof = true;
            filled += read;
        }
        return filled;
    }

    /// <summary>Gives up the first physical line of the pending row and goes on after it.</summary>
    private int RejectFirstLine(byte[] buffer, int filled, string reason, Action<ChunkResult> rejections)
    {
        long bytes = 0;
        int newline;
        while ((newline = buffer.AsSpan(0, filled).IndexOf((byte)'\n')) < 0)
        {
            // A single line fills the buffer: drop it and keep reading up to its end.
            bytes += filled;
            filled = Fill(buffer, 0);
            if (filled == 0) break;
        }
        int rest = 0;
        if (newline >= 0)
        {
            bytes += newline + 1;
            rest = filled - newline - 1;
            buffer.AsSpan(newline + 1, rest).CopyTo(buffer);
        }
        _offset += bytes;
        rejections(new ChunkResult { Bytes = bytes, Lines = newline >= 0 ? 1 : 0, Rejections = [new RejectedRow(location, 0, null, reason)] });
        return rest;
    }

    public void Parsed(Chunk chunk) => pool.Return(chunk.Buffer!);

    /// <summary>Chunks are cut where rows end, so each result stands as it is.</summary>
    public IEnumerable<ChunkResult> Settle(Chunk chunk, ChunkResult result, Lazy<ChunkParser> parser) => [result];

    /// <summary>The stream belongs to the scan, which closes it.</summary>
    public void Dispose()
    {
    }
}
