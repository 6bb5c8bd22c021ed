using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Inputs;

/// <summary>
/// The tables of a run: the telemetry inputs, plus watchlists served under their reserved names so
/// <c>_GetWatchlist('name')</c> binds and scans like any table.
/// </summary>
public sealed class RunTables : ISchemaProvider, ITableProvider
{
    private readonly ISchemaProvider _schemas;
    private readonly ITableProvider _tables;
    private readonly Dictionary<string, InMemoryTableSource> _watchlists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TableSchema> _watchlistSchemas = new(StringComparer.Ordinal);
    private readonly Dictionary<ITableSource, ScanStatistics> _statistics = new(ReferenceEqualityComparer.Instance);

    public RunTables(ISchemaProvider schemas, ITableProvider tables, IEnumerable<InMemoryTableSource> watchlists)
    {
        _schemas = schemas;
        _tables = tables;
        foreach (var watchlist in watchlists)
        {
            if (!_watchlists.TryAdd(watchlist.TableName, watchlist)) throw new ArgumentException($"the watchlist {watchlist.TableName} is given twice");
            _statistics[watchlist] = new ScanStatistics(watchlist.Location, watchlist.TableName);
            // One schema object per table: filters bound to it address columns by ordinal.
            _watchlistSchemas[watchlist.TableName] = new TableSchema(watchlist.TableName, watchlist.Columns);
        }
    }

    public TableSchema? FindTable(string name) =>
        _watchlistSchemas.TryGetValue(name, out var schema) ? schema : _schemas.FindTable(name);

    public IEnumerable<string> TableNames => _schemas.TableNames.Concat(_watchlists.Keys);

    public IReadOnlyList<ITableSource> SourcesOf(string table) =>
        _watchlists.TryGetValue(table, out var watchlist) ? [watchlist] : _tables.SourcesOf(table);

    public IScanObserver ObserverFor(ITableSource source) =>
        _statistics.TryGetValue(source, out var statistics) ? statistics : _tables.ObserverFor(source);
}
