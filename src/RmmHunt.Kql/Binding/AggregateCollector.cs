using RmmHunt.Kql.Symbols;

namespace RmmHunt.Kql.Binding;

/// <summary>
/// The aggregates a summarize computes, gathered while its expressions are bound. An expression such
/// as <c>countif(x) * 100 / count()</c> refers to its aggregates through <see cref="BoundAggregateSlot"/>s,
/// which become columns of the summarize output.
/// </summary>
internal sealed class AggregateCollector
{
    public List<BoundAggregate> Aggregates { get; } = [];

    /// <summary>Every output column of every aggregate, in order.</summary>
    public List<ColumnSymbol> Outputs { get; } = [];

    public BoundAggregateSlot Add(BoundAggregate aggregate)
    {
        Aggregates.Add(aggregate);
        int first = Outputs.Count;
        Outputs.AddRange(aggregate.Outputs);
        return new BoundAggregateSlot(first, aggregate.Outputs[0].Type);
    }
}

/// <summary>Refers to output column <see cref="Index"/> of the aggregates while a summarize is bound.</summary>
internal sealed record BoundAggregateSlot(int Index, KqlType Type) : BoundExpr(Type);
