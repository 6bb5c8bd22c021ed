namespace RmmHunt.Data.Compression;

/// <summary>
/// A read-only pass-through that counts the bytes taken from the file, so progress and the input
/// summary speak of bytes on disk even when a decompressor sits on top.
/// </summary>
internal sealed class CountingStream(Stream inner, string path) : Stream
{
    private long _count;

    /// <summary>Bytes read so far; safe to read from another thread (the progress display).</summary>
    public long Count => Interlocked.Read(ref _count);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Counted(inner.Read(buffer));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A disk error in the middle of a file: the message must say which file.
            throw new IOException($"{path}: {e.Message}", e);
        }
    }

    private int Counted(int read)
    {
        Interlocked.Add(ref _count, read);
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => Count; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
