using ParquetSharp;
using RmmHunt.Data.Compression;

namespace RmmHunt.Data.Parquet;

/// <summary>A Parquet file to read by seeking: the file itself, or a temporary unpacked copy of a gzip-compressed one.</summary>
internal sealed class LocalParquet(string path, bool temporary) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose()
    {
        if (temporary) File.Delete(Path);
    }
}

/// <summary>Opening Parquet files with the input's path in every error.</summary>
internal static class ParquetFiles
{
    public static LocalParquet Local(string path, Inputs.InputLimits limits)
    {
        if (!InputStream.IsGzipFile(path)) return new LocalParquet(path, false);
        string temporary = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rmmhunt-{Guid.NewGuid():N}.parquet");
        try
        {
            using var input = InputStream.Open(path, limits);
            using (var output = File.Create(temporary)) input.Data.CopyTo(output);
            if (input.Damage is { } damage) throw new InputFileException(path, damage);
            return new LocalParquet(temporary, true);
        }
        catch
        {
            // A damaged or bomb file, a full temporary folder, a cancelled run: no unpacked copy stays behind.
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Reads file structure (metadata, row group headers); a damaged structure is an error naming the file.</summary>
    public static T Guard<T>(string location, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ParquetException e)
        {
            throw new InputFileException(location, $"the Parquet metadata is damaged ({ParquetDamage.Describe(e)})", inner: e);
        }
    }

    public static ParquetFileReader OpenReader(string location, string local)
    {
        try
        {
            using var properties = ReaderPropertiesWithJemalloc();
            return properties is null ? new ParquetFileReader(local) : new ParquetFileReader(local, properties);
        }
        catch (Exception e) when (e is ParquetException or IOException)
        {
            throw new InputFileException(location, $"not a readable Parquet file ({ParquetDamage.Describe(e)})", inner: e);
        }
    }

    /// <summary>
    /// Native buffers from jemalloc rather than ParquetSharp's default mimalloc: with a reader per
    /// worker thread, mimalloc's per-thread heaps kept the scan's peak memory near twice as high
    /// (215 MB against 115 MB for the benchmark rule) at the same CPU time. Null where the native
    /// library was built without it.
    /// </summary>
    private static ReaderProperties? ReaderPropertiesWithJemalloc()
    {
        try
        {
            return ReaderProperties.WithMemoryPool(MemoryPool.JemallocMemoryPool());
        }
        catch (ParquetException)
        {
            return null;
        }
    }
}
