using RmmHunt.Data.Csv;
using RmmHunt.Data.Schemas;

namespace RmmHunt.Data;

/// <summary>Which evidence decided a file's table.</summary>
public enum InferenceRule
{
    /// <summary>The file is named after the table (<c>DeviceNetworkEvents*.csv</c>).</summary>
    FileName,

    /// <summary>The table's columns cover the file's header best.</summary>
    Header,
}

/// <summary>A file's table and why.</summary>
public sealed record TableGuess(BuiltInTable Table, InferenceRule Rule, string Reason);

/// <summary>
/// Tells which built-in table a file holds. The file name wins when it names a table, because the user
/// chose it; otherwise the header decides: the table that knows the most header columns, and among
/// those the one missing the fewest of its own columns (a raw export has them all).
/// </summary>
public sealed class TableInference
{
    private readonly BuiltInSchemas _schemas;

    public TableInference(BuiltInSchemas? schemas = null) => _schemas = schemas ?? BuiltInSchemas.Instance;

    public TableGuess? Infer(string path, IReadOnlyList<string> header) => FromFileName(path) ?? FromHeader(header);

    /// <summary>Infers the table of a CSV file from its name, else its header row.</summary>
    public TableGuess? InferFile(string path) => FromFileName(path) ?? FromHeader(CsvHeader.Read(path).RawNames);

    /// <summary>A file whose name starts with a table name (case-insensitive); the longest such name wins.</summary>
    public TableGuess? FromFileName(string path)
    {
        string name = Path.GetFileName(path);
        var table = _schemas.Tables
            .Where(t => name.StartsWith(t.Name, StringComparison.OrdinalIgnoreCase))
            .MaxBy(t => t.Name.Length);
        return table is null ? null : new TableGuess(table, InferenceRule.FileName, $"file name '{name}' starts with {table.Name}");
    }

    /// <summary>
    /// The table that covers most of <paramref name="header"/>; null when no table knows more than half
    /// of the header, or when another table fits as well.
    /// </summary>
    public TableGuess? FromHeader(IReadOnlyList<string> header)
    {
        var names = header.Select(h => CsvHeader.Normalize(h).Name).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0) return null;
        var ranked = _schemas.Tables
            .Select(t => (Table: t, Covered: names.Count(t.Schema.Contains), Missing: t.DefenderColumns.Count(c => !names.Contains(c.Name))))
            .OrderByDescending(s => s.Covered).ThenBy(s => s.Missing).ThenBy(s => s.Table.Name, StringComparer.Ordinal)
            .ToList();
        var best = ranked[0];
        if (best.Covered * 2 <= names.Count) return null;
        // When another table knows as many header columns, only a nearly complete raw export (missing at
        // most a tenth of the table's columns) tells them apart; a projection of common columns does not.
        if (ranked.Count > 1 && ranked[1].Covered == best.Covered
            && (ranked[1].Missing == best.Missing || best.Missing * 10 > best.Table.DefenderColumns.Count)) return null;
        return new TableGuess(best.Table, InferenceRule.Header,
            $"{best.Table.Name} has {best.Covered} of the {names.Count} header columns and lacks {best.Missing} of its own");
    }
}
