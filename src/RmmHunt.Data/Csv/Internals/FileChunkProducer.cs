using Microsoft.Win32.SafeHandles;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Cuts a plain file into chunks for workers that read and parse them in parallel, each with
/// positioned reads into its own buffer.
/// <para>
/// Why this shape: in a hunt the prefilter rules out nearly every row at memory speed, so moving the
/// bytes is most of the work. Reading a chunk in the worker that parses it, piece by piece, leaves
/// each piece in that processor's cache for the scan that follows; mapping the file instead cost more
/// in page-table work than the copy, and indexing the rows on one cutting thread was a second pass
/// over every byte.
/// </para>
/// <para>
/// So chunks are cut blind, just after a newline, without knowing whether that newline is inside a
/// quoted field (knowing would need every byte before it). The cut is checked in file order
/// (<see cref="Settle"/>): a chunk is right when it starts where the rows before it ended, which is
/// always the case unless a quoted field holds a newline at a cut. Where a cut was wrong, the bytes
/// from the last known row end to the end of the chunk are parsed again, on the consuming thread.
/// </para>
/// </summary>
internal sealed class FileChunkProducer : IChunkProducer
{
    private const int ProbeBytes = 8 << 10; // a few rows: where to cut is nearly always within the first probe
    private readonly SafeFileHandle _file;
    private readonly long _dataOffset;
    private readonly long _length;
    private readonly string _location;
    private readonly CsvReadOptions _options;
    private long _next; // where the next row starts, as far as the results settled so far tell

    /// <param name="dataOffset">Where the rows start (after the header).</param>
    public FileChunkProducer(SafeFileHandle file, long dataOffset, string location, CsvReadOptions options)
    {
        (_file, _dataOffset, _location, _options) = (file, dataOffset, location, options);
        _length = RandomAccess.GetLength(file);
        _next = dataOffset;
    }

    public void Run(Action<Chunk> chunks, Action<ChunkResult> rejections, CancellationToken cancellation)
    {
        var probe = new byte[ProbeBytes];
        for (long position = _dataOffset; position < _length;)
        {
            cancellation.ThrowIfCancellationRequested();
            long end = LineEndAfter(position + _options.BlockSize, _options.MaxRowBytes, probe).End;
            chunks(Chunk.InFile(_file, position, (int)(end - position), end == _length));
            position = end;
        }
    }

    /// <summary>Just past the first newline at or after <paramref name="from"/>, looking no further than <paramref name="limit"/> bytes (else there, or at the file end).</summary>
    private (long End, bool Newline) LineEndAfter(long from, long limit, byte[] probe)
    {
        long stop = from + Math.Min(limit, _length - from);
        for (long at = from; at < stop; at += probe.Length)
        {
            int read = RandomAccess.Read(_file, probe, at);
            int newline = probe.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0) return (at + newline + 1, true);
            if (read == 0) break;
        }
        return (stop, false);
    }

    public void Parsed(Chunk chunk)
    {
    }

    public IEnumerable<ChunkResult> Settle(Chunk chunk, ChunkResult result, Lazy<ChunkParser> parser)
    {
        ChunkResult? settled = chunk.Offset == _next ? result : null;
        while (true)
        {
            if (settled is null)
            {
                if (_next >= chunk.End) yield break; // a rejected line took the rest of this chunk
                settled = parser.Value.Parse(Chunk.InFile(_file, _next, (int)(chunk.End - _next), chunk.AtEnd));
            }
            if (settled.Bytes > 0) yield return settled;
            _next += settled.Bytes;
            long unfinished = chunk.End - _next;
            bool tooLong = settled.StoppedAtLongRow;
            // An unfinished row waits for the next chunk, unless none can finish it.
            if (!tooLong && (unfinished == 0 || (!chunk.AtEnd && unfinished < _options.MaxRowBytes))) yield break;
            // As the stream reader decides: a row past the limit is that, even where the file ends inside it.
            yield return RejectFirstLine(tooLong || unfinished >= _options.MaxRowBytes ? RowCut.TooLong(_options.MaxRowBytes) : RowCut.UnterminatedAtEnd);
            settled = null;
        }
    }

    /// <summary>Gives up the physical line at the next row start (a stray quote there would swallow every row after it) and goes on after it.</summary>
    private ChunkResult RejectFirstLine(string reason)
    {
        var (end, newline) = LineEndAfter(_next, long.MaxValue, new byte[ProbeBytes]);
        long bytes = end - _next;
        _next = end;
        return new ChunkResult { Bytes = bytes, Lines = newline ? 1 : 0, Rejections = [new RejectedRow(_location, 0, null, reason)] };
    }

    /// <summary>The file belongs to the scan, which closes it.</summary>
    public void Dispose()
    {
    }
}
