namespace RmmHunt.Cli;

/// <summary>The output could not be written: the message names the path and the cause.</summary>
internal sealed class OutputException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Writes output to standard output or to a file. A file is written under a temporary name beside it
/// and renamed when complete, so a run that fails or is cancelled half way (a full disk, Ctrl-C, a time
/// limit) never leaves a half-written report that looks finished, and an older report at the path stays
/// as it was. A device or pipe (<c>/dev/stdout</c>, a FIFO) is written directly: renaming over it would
/// replace it with a regular file.
/// </summary>
internal static class OutputFile
{
    public static void Write(string? path, Action<Stream> write, CancellationToken cancellation = default)
    {
        if (path is null)
        {
            WriteStandardOutput(write, cancellation);
            return;
        }
        if (Directory.Exists(path)) throw new OutputException($"{path}: is a directory, not a file; give a file name for the output");
        if (SpecialFiles.IsDeviceOrPipe(path))
        {
            WriteDirectly(path, write, cancellation);
            return;
        }
        string temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var stream = new CancellableStream(file, cancellation))
            {
                write(stream);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new OutputException($"{path}: cannot write the output: {e.Message}", e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void WriteStandardOutput(Action<Stream> write, CancellationToken cancellation)
    {
        try
        {
            using var stdout = Console.OpenStandardOutput();
            using var stream = new CancellableStream(stdout, cancellation);
            write(stream);
            stream.Flush();
        }
        catch (IOException e)
        {
            throw new OutputException($"standard output: cannot write the output: {e.Message}", e);
        }
    }

    private static void WriteDirectly(string path, Action<Stream> write, CancellationToken cancellation)
    {
        try
        {
            using var device = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            using var stream = new CancellableStream(device, cancellation);
            write(stream);
            stream.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"{path}: cannot write the output: {e.Message}", e);
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
