using RmmHunt.Engine.Aggregates;
using RmmHunt.Engine.Functions;
using RmmHunt.Kql.Symbols.Catalog;

namespace RmmHunt.Engine.Tests.Functions;

/// <summary>What the binder accepts, the engine runs: every catalog entry has an implementation.</summary>
public class CatalogCompletenessTests
{
    [Fact]
    public void Every_scalar_function_and_operator_has_a_kernel()
    {
        var missing = FunctionCatalog.Scalars.Values.Concat(FunctionCatalog.Operators.Values)
            .Where(f => !f.RewrittenByBinder && !KernelRegistry.TryGet(f.Name, out _))
            .Select(f => f.Name);
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_aggregate_has_a_state()
    {
        var missing = FunctionCatalog.Aggregates.Keys.Where(name => !AggregateFactory.Names.Contains(name));
        Assert.Empty(missing);
    }

    [Fact]
    public void No_implemented_function_is_listed_as_unsupported()
    {
        var both = UnsupportedFunctions.Names.Where(n => FunctionCatalog.Scalars.ContainsKey(n) || FunctionCatalog.Aggregates.ContainsKey(n));
        Assert.Empty(both);
    }
}
