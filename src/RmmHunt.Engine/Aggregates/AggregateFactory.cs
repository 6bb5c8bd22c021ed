using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Aggregates;

/// <summary>Creates the state of a bound aggregate.</summary>
public static class AggregateFactory
{
    public static AggregateState Create(BoundAggregate aggregate, Func<int, object?> constantArgument)
    {
        var name = aggregate.Function.Name;
        var resultType = aggregate.Outputs[0].Type;
        long MaxSize(int index) => constantArgument(index) is long size and > 0 ? Math.Min(size, CollectionState.DefaultMaxSize) : CollectionState.DefaultMaxSize;
        return name switch
        {
            "count" => new CountState(withPredicate: aggregate.Args.Count == 1),
            "countif" => new CountState(withPredicate: true),
            "dcount" or "count_distinct" => new DistinctCountState(withPredicate: false),
            "dcountif" => new DistinctCountState(withPredicate: true),
            "min" or "max" => MinMaxStates.Create(aggregate.Args[0].Type, resultType, name == "max", withPredicate: false),
            "minif" or "maxif" => MinMaxStates.Create(aggregate.Args[0].Type, resultType, name == "maxif", withPredicate: true),
            "sum" => new SumAvgState(resultType, isAverage: false, withPredicate: false),
            "sumif" => new SumAvgState(resultType, isAverage: false, withPredicate: true),
            "avg" => new SumAvgState(resultType, isAverage: true, withPredicate: false),
            "avgif" => new SumAvgState(resultType, isAverage: true, withPredicate: true),
            "make_set" => CollectionStates.Create(aggregate, distinct: true, withPredicate: false, MaxSize(1)),
            // The deprecated makeset/makelist default to 128 elements.
            "makeset" => CollectionStates.Create(aggregate, distinct: true, withPredicate: false, constantArgument(1) is long ? MaxSize(1) : 128),
            "make_set_if" => CollectionStates.Create(aggregate, distinct: true, withPredicate: true, MaxSize(2)),
            "make_list" => CollectionStates.Create(aggregate, distinct: false, withPredicate: false, MaxSize(1)),
            "makelist" => CollectionStates.Create(aggregate, distinct: false, withPredicate: false, constantArgument(1) is long ? MaxSize(1) : 128),
            "make_list_if" => CollectionStates.Create(aggregate, distinct: false, withPredicate: true, MaxSize(2)),
            "make_list_with_nulls" => new CollectionState(distinct: false, withPredicate: false, keepNulls: true, CollectionState.DefaultMaxSize),
            "any" or "take_any" when aggregate.Outputs.Count == 1 => new TakeAnyState(resultType),
            "take_any" => new ArgMaxState(isMax: true, aggregate.Outputs.Select(o => o.Type).ToArray(), firstRowOnly: true),
            "arg_max" or "argmax" => new ArgMaxState(isMax: true, aggregate.Outputs.Select(o => o.Type).ToArray()),
            "arg_min" or "argmin" => new ArgMaxState(isMax: false, aggregate.Outputs.Select(o => o.Type).ToArray()),
            "count_distinctif" => new DistinctCountState(withPredicate: true),
            "take_anyif" or "anyif" => new TakeAnyState(resultType, withPredicate: true),
            "variance" or "stdev" => new StatisticsState(sample: true, squareRoot: name == "stdev", withPredicate: false),
            "varianceif" or "stdevif" => new StatisticsState(sample: true, squareRoot: name == "stdevif", withPredicate: true),
            "variancep" or "stdevp" => new StatisticsState(sample: false, squareRoot: name == "stdevp", withPredicate: false),
            "make_bag" => new BagState(withPredicate: false, MaxSize(1)),
            "make_bag_if" => new BagState(withPredicate: true, MaxSize(2)),
            "binary_all_and" => new BinaryAllState('&'),
            "binary_all_or" => new BinaryAllState('|'),
            "binary_all_xor" => new BinaryAllState('^'),
            "percentile" or "percentiles" => new PercentileState(Percentiles(aggregate, constantArgument), resultType, asArray: false),
            "percentiles_array" => new PercentileState(Percentiles(aggregate, constantArgument), aggregate.Args[0].Type, asArray: true),
            _ => throw new QueryException($"the aggregate {name}() has no implementation"),
        };
    }

    /// <summary>The constant percentiles of a call: each argument after the first, or the elements of one dynamic array.</summary>
    private static double[] Percentiles(BoundAggregate aggregate, Func<int, object?> constantArgument)
    {
        var values = Enumerable.Range(1, aggregate.Args.Count - 1).Select(constantArgument).ToList();
        if (values is [Kql.Values.DynArray array]) values = array.ToList();
        return values.Select(v => v switch
        {
            double d => d,
            long l => l,
            _ => throw new QueryException("the percentiles must be constant numbers"),
        }).ToArray();
    }

    public static IReadOnlyCollection<string> Names { get; } =
    [
        "count", "countif", "dcount", "count_distinct", "dcountif", "min", "max", "minif", "maxif", "sum", "sumif",
        "avg", "avgif", "make_set", "makeset", "make_set_if", "make_list", "makelist", "make_list_if",
        "make_list_with_nulls", "any", "take_any", "arg_max", "arg_min", "argmax", "argmin", "count_distinctif", "take_anyif",
        "anyif", "variance", "varianceif", "variancep", "stdev", "stdevif", "stdevp", "make_bag", "make_bag_if",
        "binary_all_and", "binary_all_or", "binary_all_xor", "percentile", "percentiles", "percentiles_array",
    ];
}
