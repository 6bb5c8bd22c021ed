using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Hunting.Csv;
using RmmHunt.Kql.Symbols;


namespace RmmHunt.Hunting.Inputs;

/// <summary>
/// A watchlist CSV as an in-memory table named <c>_GetWatchlist('name')</c>: every CSV column as
/// a string column, plus <c>SearchKey</c>. Watchlists are small (Sentinel caps direct uploads at a few
/// megabytes), so they are read whole.
/// </summary>
public static class WatchlistTable
{
    public const string SearchKey = "SearchKey";

    public static InMemoryTableSource Load(WatchlistSpec spec)
    {
        List<string[]> rows;
        try
        {
            rows = SimpleCsv.Parse(File.ReadAllText(spec.Path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{spec.Path}: cannot read the watchlist '{spec.Name}': {e.Message}", e);
        }
        if (rows.Count == 0) throw new InvalidDataException($"{spec.Path}: the watchlist '{spec.Name}' has no header row");
        var header = rows[0].Select(h => h.Trim()).ToArray();
        int key = spec.KeyColumn is null ? 0 : Array.FindIndex(header, h => string.Equals(h, spec.KeyColumn, StringComparison.OrdinalIgnoreCase));
        if (key < 0) throw new InvalidDataException($"{spec.Path}: the watchlist '{spec.Name}' has no column '{spec.KeyColumn}' (columns: {string.Join(", ", header)})");
        var names = header.Where(h => h != SearchKey).Append(SearchKey).ToArray();
        var builders = names.Select(_ => ColumnBuilder.Create(KqlType.String)).ToArray();
        foreach (var row in rows.Skip(1))
        {
            int column = 0;
            for (int i = 0; i < header.Length; i++)
            {
                if (header[i] == SearchKey) continue;
                builders[column++].Add(i < row.Length ? row[i] : "");
            }
            builders[^1].Add(key < row.Length ? row[key] : "");
        }
        var schema = new TableSchema(Watchlists.TableName(spec.Name), names.Select(n => new ColumnSymbol(n, KqlType.String)));
        var table = new ResultTable(schema, builders.Select(b => b.Build()).ToArray(), rows.Count - 1);
        return new InMemoryTableSource(schema.Name, table);
    }
}
