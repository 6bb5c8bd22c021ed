using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Inputs;

/// <summary>A kind of input file (Defender CSV, streaming JSON lines, Parquet...).</summary>
public interface IFileFormat
{
    string Name { get; }

    /// <summary>Whether this format reads the file, from its name and first bytes (decompressed if gzip).</summary>
    bool Recognizes(string path, ReadOnlySpan<byte> head);

    /// <summary>
    /// Opens the file (reading only what is needed to know its columns) for the given table, or for the
    /// table(s) the format infers when <paramref name="table"/> is null (a streaming export may hold several).
    /// </summary>
    IReadOnlyList<OpenedInput> Open(string path, string? table);
}

/// <summary>An opened input and, when its table was inferred, how.</summary>
public sealed record OpenedInput(ITableSource Source, string? InferredFrom);
