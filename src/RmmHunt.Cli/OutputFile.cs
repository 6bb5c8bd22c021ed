namespace RmmHunt.Cli;

/// <summary>
/// Writes output to standard output or to a file. A file is written under a temporary name and
/// renamed when complete, so a failed run never leaves a half-written report that looks finished.
/// </summary>
internal static class OutputFile
{
    public static void Write(string? path, Action<Stream> write)
    {
        if (path is null)
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
            return;
        }
        if (Directory.Exists(path)) throw new IOException($"{path}: is a directory, not a file");
        string temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new IOException($"{path}: cannot write the output: {e.Message}", e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
