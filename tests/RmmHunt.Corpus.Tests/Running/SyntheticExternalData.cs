using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Corpus.Tests.Running;

/// <summary>
/// Stands in for the threat-intelligence lists corpus queries read with <c>externaldata</c>: each URL
/// serves generated rows of the schema the query declares (an offline hunt gets the same through
/// <c>--externaldata URL=PATH</c>), about half taking the values the query filters by.
/// </summary>
internal sealed class SyntheticExternalData(IReadOnlyDictionary<string, IReadOnlyList<string>> hints) : IExternalDataProvider
{
    public IEnumerable<Batch> Read(BoundExternalData data, string url, RunContext context)
    {
        var table = SyntheticData.Fill(new TableSchema("externaldata", data.Schema.Columns), hints);
        yield return new Batch(table.Columns.ToArray<Column?>(), table.RowCount);
    }
}
