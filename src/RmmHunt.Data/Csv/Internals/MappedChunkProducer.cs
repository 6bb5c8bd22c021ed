using System.IO.MemoryMappedFiles;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Cuts a file mapped into memory into chunks of whole rows, without copying a byte.
/// <para>
/// Why map rather than read: in a hunt the prefilter rules out nearly every row at memory speed, so
/// copying the file from the page cache into our buffers (one thread, a few GB/s) was the largest
/// single cost of the scan and the reader thread its bottleneck. Mapped, the cutter only indexes
/// the row ends of each block, and workers read the page cache directly. The usual caveat of mapping applies: a file truncated by another process while it is
/// scanned faults the process (Linux SIGBUS); exports are written once and then read, and
/// <see cref="CsvReadOptions.MapFiles"/> turns mapping off.
/// </para>
/// </summary>
internal sealed unsafe class MappedChunkProducer : IChunkProducer
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private readonly long _length;
    private readonly long _dataOffset;
    private readonly string _location;
    private readonly CsvReadOptions _options;
    private long _released; // bytes from the start of the mapping already given back

    private MappedChunkProducer(MemoryMappedFile file, MemoryMappedViewAccessor view, long length, long dataOffset, string location, CsvReadOptions options)
    {
        (_file, _view, _length, _dataOffset, _location, _options) = (file, view, length, dataOffset, location, options);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _start = pointer + view.PointerOffset;
    }

    /// <summary>Maps the file read-only; null when it cannot be mapped (then the caller reads it as a stream).</summary>
    public static MappedChunkProducer? TryCreate(FileStream stream, long dataOffset, string location, CsvReadOptions options)
    {
        long length = stream.Length;
        if (length <= dataOffset) return null; // no rows; and an empty file cannot be mapped
        MemoryMappedFile? file = null;
        try
        {
            file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            return new MappedChunkProducer(file, view, length, dataOffset, location, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            file?.Dispose();
            return null;
        }
    }

    public void Run(Action<Chunk> chunks, Action<ChunkResult> rejections, CancellationToken cancellation)
    {
        long position = _dataOffset;
        while (position < _length)
        {
            cancellation.ThrowIfCancellationRequested();
            var rows = WholeRows(position, out bool blocked);
            if (rows.Length > 0)
            {
                chunks(Chunk.Mapped((nint)(_start + position), rows));
                position += rows.Length;
            }
            else position += RejectFirstLine(position, blocked ? $"the row does not end within {_options.MaxRowBytes} bytes (unterminated quoted field?)"
                : "unterminated quoted field at the end of the file", rejections);
        }
    }

    /// <summary>
    /// The whole rows from <paramref name="position"/>: about a block, more when one row is longer; none
    /// when no row ends (<paramref name="blocked"/> says whether the row outgrew the limit or the file ended).
    /// </summary>
    private RowCut WholeRows(long position, out bool blocked)
    {
        long window = _options.BlockSize;
        while (true)
        {
            bool atEnd = position + window >= _length;
            var rows = RowCut.Of(Bytes(position, (int)Math.Min(window, _length - position)), atEnd);
            blocked = !atEnd && window >= _options.MaxRowBytes;
            if (rows.Length > 0 || atEnd || blocked) return rows;
            window = Math.Min(window * 2, _options.MaxRowBytes);
        }
    }

    /// <summary>Gives up the first physical line from <paramref name="position"/>; returns its length with the newline.</summary>
    private long RejectFirstLine(long position, string reason, Action<ChunkResult> rejections)
    {
        long at = position;
        long newline = -1;
        while (newline < 0 && at < _length)
        {
            int length = (int)Math.Min(_options.BlockSize, _length - at);
            int found = Bytes(at, length).IndexOf((byte)'\n');
            if (found >= 0) newline = at + found;
            at += length;
        }
        long bytes = newline >= 0 ? newline + 1 - position : _length - position;
        rejections(new ChunkResult { Bytes = bytes, Lines = newline >= 0 ? 1 : 0, Rejections = [new RejectedRow(_location, 0, null, reason)] });
        return bytes;
    }

    public void Parsed(Chunk chunk)
    {
    }

    /// <summary>
    /// Drops the pages behind the delivered chunk from this process's mapping (they stay in the page
    /// cache), so resident memory holds only the chunks in flight rather than every page of the file
    /// read so far. In file order and in whole 2 MB steps: the kernel maps pages around each fault
    /// (fault-around, large folios), so releasing exactly each chunk's own pages as it was parsed
    /// left neighbours mapped and half a 3 GB file resident.
    /// </summary>
    public void Delivered(Chunk chunk)
    {
        long end = (chunk.Address + chunk.Length - (nint)_start) & ~(ReleaseStep - 1);
        if (!OperatingSystem.IsLinux() || end <= _released) return;
        _ = Madvise((nint)(_start + _released), (nuint)(end - _released), MadviseDontNeed);
        _released = end;
    }

    private const long ReleaseStep = 2 << 20;

    private const int MadviseDontNeed = 4;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static extern int Madvise(nint address, nuint length, int advice);

    private ReadOnlySpan<byte> Bytes(long position, int length) => new(_start + position, length);

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
