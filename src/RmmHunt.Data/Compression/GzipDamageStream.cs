using System.IO.Compression;

namespace RmmHunt.Data.Compression;

/// <summary>
/// Decompresses gzip and, instead of failing the whole input, ends the data where it is damaged and
/// says why (<see cref="Damage"/>), so a reader can keep every row before the damage and report the
/// loss where it happened. .NET's GZipStream ends a truncated file silently, so the end is checked
/// against the trailer's length field (ISIZE, the uncompressed size modulo 2^32): a file cut short
/// ends in compressed data, whose last four bytes match the count by chance only once in 2^32.
/// A file of several concatenated gzip members carries only the last member's size there; such files
/// are rare for telemetry exports and would be reported as damaged (a false alarm, never a silent loss).
/// </summary>
internal sealed class GzipDamageStream : Stream
{
    /// <summary>
    /// The decompressor is always asked for this much, whatever the reader asks for: where damage ends the
    /// data then depends on the file alone, not on the reader's block size (a large read that meets
    /// damage returns nothing of what it had decoded, a small one returns it).
    /// </summary>
    private const int Step = 16 << 10;

    private readonly GZipStream _gzip;
    private readonly string _path;
    private readonly long _allowance;
    private readonly double _ratio;
    private readonly byte[] _decoded = new byte[Step];
    private int _start, _end;
    private readonly uint? _trailerSize;
    private long _produced;
    private bool _ended;

    /// <param name="allowance">The most bytes the data may expand to (see <see cref="Inputs.InputLimits"/>); more is refused as a bomb.</param>
    public GzipDamageStream(Stream compressed, uint? trailerSize, string path, long allowance, double ratio)
    {
        _gzip = new GZipStream(compressed, CompressionMode.Decompress);
        _trailerSize = trailerSize;
        _path = path;
        _allowance = allowance;
        _ratio = ratio;
    }

    /// <summary>Why the data ended early, or null when it ended as the file says it should.</summary>
    public string? Damage { get; private set; }

    /// <summary>Decompressed bytes produced.</summary>
    public long Produced => _produced;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length == 0) return 0;
        if (_start == _end)
        {
            (_start, _end) = (0, Decode());
            if (_end == 0) return 0;
        }
        int count = Math.Min(buffer.Length, _end - _start);
        _decoded.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    private int Decode()
    {
        if (_ended) return 0;
        int read;
        try
        {
            read = _gzip.Read(_decoded);
        }
        catch (InvalidDataException e)
        {
            return End($"the compressed data is damaged after {_produced:N0} uncompressed bytes ({e.Message}); the rest of the file cannot be read");
        }
        if (read == 0)
        {
            bool complete = _trailerSize is { } size && size == (uint)_produced;
            return End(complete ? null : $"the gzip data ends early after {_produced:N0} uncompressed bytes (a truncated file?); anything after is lost");
        }
        _produced += read;
        if (_produced > _allowance)
            throw new InputFileException(_path, $"the gzip data expands to more than {_allowance:N0} bytes, {_ratio:0.#} times the file's size "
                + "(a decompression bomb?); if the file is genuine, read it with a higher --max-gzip-ratio");
        return read;
    }

    private int End(string? damage)
    {
        _ended = true;
        Damage = damage;
        return 0;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _produced; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }
}
