using RmmHunt.Data.Inputs;

namespace RmmHunt.Data.Compression;

/// <summary>
/// An input file opened for one sequential pass: its data (decompressed on the fly when the file is
/// gzip, recognised by its magic bytes, not its name), the bytes taken from disk so far, and, after
/// the data ended, whether it ended because the compressed file is damaged. I/O errors name the file.
/// </summary>
internal sealed class InputStream : IDisposable
{
    private const int FileBuffer = 1 << 16;

    private readonly CountingStream _disk;
    private readonly GzipDamageStream? _gzip;

    private InputStream(string path, CountingStream disk, GzipDamageStream? gzip, long length)
    {
        Path = path;
        _disk = disk;
        _gzip = gzip;
        Length = length;
        Data = gzip ?? (Stream)disk;
    }

    public string Path { get; }

    /// <summary>The file's data, uncompressed.</summary>
    public Stream Data { get; }

    public bool IsCompressed => _gzip is not null;

    /// <summary>The file's size on disk.</summary>
    public long Length { get; }

    /// <summary>Bytes read from disk so far (compressed bytes for a gzip file).</summary>
    public long DiskBytes => _disk.Count;

    /// <summary>Why the data ended before the file's end, or null (see <see cref="GzipDamageStream"/>).</summary>
    public string? Damage => _gzip?.Damage;

    public static InputStream Open(string path, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBuffer, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{path}: {e.Message}", e);
        }
        try
        {
            Span<byte> magic = stackalloc byte[2];
            int read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            long length = file.Length;
            uint? trailer = null;
            bool gzip = FileHead.IsGzip(magic[..read]);
            if (gzip && length >= 18)
            {
                Span<byte> size = stackalloc byte[4];
                file.Position = length - 4;
                file.ReadExactly(size);
                trailer = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(size);
            }
            file.Position = 0;
            var disk = new CountingStream(file, path);
            var data = gzip ? new GzipDamageStream(disk, trailer, path, limits.GzipAllowance(length), limits.MaxGzipRatio) : null;
            return new InputStream(path, disk, data, length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file.Dispose();
            throw new IOException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Whether the file starts with gzip's magic bytes.</summary>
    public static bool IsGzipFile(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            Span<byte> magic = stackalloc byte[2];
            return FileHead.IsGzip(magic[..file.ReadAtLeast(magic, 2, throwOnEndOfStream: false)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Reads and drops <paramref name="count"/> bytes of data (to get past a header on a stream that cannot seek).</summary>
    public void Skip(long count)
    {
        var scratch = new byte[(int)Math.Min(count, 1 << 16)];
        while (count > 0)
        {
            int read = Data.Read(scratch, 0, (int)Math.Min(count, scratch.Length));
            if (read == 0) return;
            count -= read;
        }
    }

    public void Dispose() => Data.Dispose();
}
