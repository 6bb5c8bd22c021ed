namespace RmmHunt.Data.Csv;

/// <summary>File access with the path in every I/O error, since a bare "access denied" is useless in a run over hundreds of files.</summary>
internal static class CsvFile
{
    public static FileStream OpenRead(string path)
    {
        try
        {
            // No FileStream buffer: reads go straight into our large blocks.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{path}: {e.Message}", e);
        }
    }

    public static T Guard<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && !e.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new IOException($"{path}: {e.Message}", e);
        }
    }
}
