using RmmHunt.Data.Csv;
using RmmHunt.Data.Schemas;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Inputs.Formats;

/// <summary>Defender and Sentinel portal CSV exports.</summary>
public sealed class DefenderCsvFormat(InputLimits? limits = null) : IFileFormat
{
    private readonly CsvReadOptions _options = new() { Limits = limits ?? InputLimits.Default };

    private static readonly string[] OtherFormats = [".parquet", ".json", ".jsonl", ".ndjson"];

    public string Name => "defender-csv";

    public bool Recognizes(string path, ReadOnlySpan<byte> head)
    {
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return true;
        // A file named for another format, or binary data (NUL bytes), is not a CSV export whatever its first
        // line holds: a Parquet or JSON file too damaged to recognise is refused, not read as thousands of bad rows.
        if (OtherFormats.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || head.IndexOf((byte)0) >= 0) return false;
        // Without the extension: a first line of comma-separated names, not JSON.
        int newline = head.IndexOf((byte)'\n');
        var firstLine = newline < 0 ? head : head[..newline];
        return firstLine.Length > 0 && firstLine[0] is not ((byte)'{' or (byte)'[') && firstLine.IndexOf((byte)',') > 0;
    }

    public IReadOnlyList<OpenedInput> Open(string path, string? table)
    {
        string? inferredFrom = null;
        if (table is null)
        {
            var guess = new TableInference().InferFile(path)
                ?? throw new InputFileException(path, $"cannot tell which table this file holds; name it with --data TABLE={path}");
            table = guess.Table.Name;
            inferredFrom = guess.Reason;
        }
        var schema = BuiltInSchemas.Instance.FindTable(table) ?? new TableSchema(table, []);
        return [new OpenedInput(new DefenderCsvSource(path, schema, _options), inferredFrom)];
    }
}
