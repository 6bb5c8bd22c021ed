namespace RmmHunt.Data;

/// <summary>
/// An input file cannot be read as a whole: not a telemetry format, no table can be told, a Parquet
/// file whose structure is damaged, a limit reached (a gzip bomb). This is the one exception a reader
/// throws for bad data, naming the file and, where known, the line (or record) and column; damage to
/// single rows is never thrown but reported as rejected rows, and I/O failures are
/// <see cref="IOException"/>s naming the file.
/// </summary>
public sealed class InputFileException : Exception
{
    public InputFileException(string path, string reason, long? line = null, string? column = null, Exception? inner = null)
        : base(Format(path, line, column, reason), inner)
    {
        Path = path;
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>The input file.</summary>
    public string Path { get; }

    public string Reason { get; }

    /// <summary>The 1-based line where the damage was found, when the format has lines.</summary>
    public long? Line { get; }

    /// <summary>The column the damage is in, when known.</summary>
    public string? Column { get; }

    private static string Format(string path, long? line, string? column, string reason) =>
        (line is { } l ? $"{path}:{l}: " : $"{path}: ") + (column is null ? reason : $"column {column}: {reason}");
}
