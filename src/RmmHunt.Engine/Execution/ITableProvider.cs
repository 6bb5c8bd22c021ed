using RmmHunt.Engine.Sources;

namespace RmmHunt.Engine.Execution;

/// <summary>The inputs of a run, by table, and where each input's accounting goes.</summary>
public interface ITableProvider
{
    IReadOnlyList<ITableSource> SourcesOf(string table);

    IScanObserver ObserverFor(ITableSource source);
}

/// <summary>A table provider over a fixed list of sources, keeping statistics per source.</summary>
public sealed class TableSet : ITableProvider
{
    private readonly List<ITableSource> _sources = [];
    private readonly Dictionary<ITableSource, ScanStatistics> _statistics = new(ReferenceEqualityComparer.Instance);

    public TableSet(IEnumerable<ITableSource>? sources = null)
    {
        foreach (var source in sources ?? []) Add(source);
    }

    public void Add(ITableSource source)
    {
        _sources.Add(source);
        _statistics[source] = new ScanStatistics(source.Location, source.TableName);
    }

    public IReadOnlyList<ITableSource> Sources => _sources;

    public IReadOnlyList<ITableSource> SourcesOf(string table) =>
        _sources.Where(s => string.Equals(s.TableName, table, StringComparison.Ordinal)).ToList();

    public IScanObserver ObserverFor(ITableSource source) => _statistics[source];

    public ScanStatistics StatisticsOf(ITableSource source) => _statistics[source];
}
