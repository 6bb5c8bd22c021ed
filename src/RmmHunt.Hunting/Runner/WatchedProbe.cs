using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Runner;

/// <summary>A data probe that notes whether binding used it: such a rule's binding depends on the data, so its sketch may not be kept.</summary>
internal sealed class WatchedProbe(IDataProbe probe) : IDataProbe
{
    public bool Used { get; private set; }

    public IEnumerable<object?> Values(BoundTable table, BoundExpr column)
    {
        Used = true;
        return probe.Values(table, column);
    }
}
