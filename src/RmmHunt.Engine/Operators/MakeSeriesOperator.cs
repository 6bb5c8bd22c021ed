using RmmHunt.Engine.Aggregates;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Functions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// <c>make-series</c>: gathers its input, finds the axis range (given, or from the data), aggregates
/// per group and bin, computes each series value per bin, and packs the values of each group into
/// arrays (bins without rows get the series' default).
/// </summary>
public sealed class MakeSeriesOperator(BoundMakeSeries plan, Evaluator[] keys, Evaluator axis, Func<AggregateSlot[]> newAggregates,
    Evaluator[] seriesValues, object? from, object? to, object? step, IBatchSink next, RunContext? context = null) : IBatchSink
{
    /// <summary>Beyond this many bins a series is almost certainly a mistake (a 1s step over months).</summary>
    public const long MaxBins = 1_000_000;

    private readonly List<Batch> _batches = [];
    private readonly OperatorBudget _budget = new(context, "make-series input");

    public bool WantsMore => next.WantsMore;

    public void Push(Batch batch)
    {
        if (batch.RowCount == 0) return;
        _budget.Memory.Add(ValueSize.Of(batch));
        _batches.Add(batch);
    }

    public void Complete()
    {
        using var held = _budget;
        var all = SortOperator.Concat(_batches);
        _batches.Clear();
        // No input rows, no series (even with from/to and no by clause) unless kind=nonempty asks for one row of defaults.
        if (all.RowCount == 0)
        {
            if (plan.NonEmpty && keys.Length == 0 && AsNumber(from) is double emptyStart && AsNumber(to) is double emptyEnd)
                EmitDefaults(emptyStart, Bins(emptyStart, emptyEnd));
            next.Complete();
            return;
        }
        var positions = Positions(axis.Evaluate(all));
        double? start = AsNumber(from) ?? BinStart(positions.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Min());
        double? end = AsNumber(to) ?? (positions.Any(double.IsFinite) ? BinStart(positions.Where(double.IsFinite).Max())! + Step : null);
        if (start is not double first || end is not double last || double.IsNaN(first))
        {
            next.Complete();
            return;
        }
        int bins = Bins(first, last);
        var inRange = Enumerable.Range(0, positions.Length).Where(i => positions[i] >= first && positions[i] < last).ToArray();
        var binOf = inRange.Select(i => (long)Math.Floor((positions[i] - first) / Step)).ToArray();
        var rows = all.Gather(inRange);
        Emit(rows, binOf, first, bins);
        next.Complete();
    }

    private int Bins(double first, double last)
    {
        long bins = Math.Max(0, (long)Math.Ceiling((last - first) / Step));
        if (bins > MaxBins) throw new QueryException($"make-series would create {bins:N0} bins, more than the limit of {MaxBins:N0}; use a larger step");
        return (int)bins;
    }

    private void EmitDefaults(double first, int bins)
    {
        var arrays = NewArrays(bins);
        var columns = arrays.Select(a => (Column?)new DynamicColumn([new DynArray(a)])).ToList();
        columns.Add(new DynamicColumn([AxisArray(first, bins)]));
        next.Push(new Batch(columns.ToArray(), 1));
    }

    private DynArray AxisArray(double first, int bins) => new(Enumerable.Range(0, bins).Select(i => AxisValue(first + i * Step)).ToArray());

    private double Step => AsNumber(step) is double s && s > 0 ? s : throw new QueryException("the step of make-series must be positive");

    private double? BinStart(double value) => double.IsNaN(value) ? null : Math.Floor(value / Step) * Step;

    private void Emit(Batch rows, long[] binOf, double first, int bins)
    {
        var keyColumns = keys.Select(k => k.Evaluate(rows)).ToList();
        // Aggregate per (keys, bin).
        var perBin = new GroupTable(keys.Select(k => k.Type).Append(KqlType.Long).ToArray());
        var binColumn = new PrimitiveColumn<long>(KqlType.Long, binOf);
        var groupIds = new int[rows.RowCount];
        perBin.Assign([.. keyColumns, binColumn], rows.RowCount, groupIds);
        var aggregates = newAggregates();
        foreach (var aggregate in aggregates) aggregate.State.Update(groupIds, aggregate.Args.Select(a => a.Evaluate(rows)).ToArray(), rows.RowCount);
        var binKeys = perBin.BuildKeys();
        var summary = new Batch([.. binKeys[..^1], .. aggregates.SelectMany(a => a.State.Results(perBin.Count))], perBin.Count);
        var values = seriesValues.Select(v => v.Evaluate(summary)).ToArray();
        var binIndex = (PrimitiveColumn<long>)binKeys[^1];

        // Pack per group of keys.
        var groups = new GroupTable(keys.Select(k => k.Type).ToArray());
        var series = new List<object?[][]>();
        var groupKeys = binKeys[..^1];
        for (int r = 0; r < summary.RowCount; r++)
        {
            int g = groups.Add(groupKeys, r);
            if (g == series.Count) series.Add(NewArrays(bins));
            for (int s = 0; s < values.Length; s++) series[g][s][binIndex.Values[r]] = Dynamic.FromScalar(values[s].GetValue(r));
        }
        var columns = new List<Column?>(groups.BuildKeys());
        for (int s = 0; s < values.Length; s++) columns.Add(new DynamicColumn(series.Select(g => (object?)new DynArray(g[s])).ToArray()));
        var axisValues = AxisArray(first, bins);
        columns.Add(new DynamicColumn(Enumerable.Repeat<object?>(axisValues, series.Count).ToArray()));
        if (series.Count > 0) next.Push(new Batch(columns.ToArray(), series.Count));
    }

    private object?[][] NewArrays(int bins) =>
        plan.Defaults.Select(d => Enumerable.Repeat(Dynamic.FromScalar(d), bins).ToArray()).ToArray();

    private object? AxisValue(double position) => plan.Axis.Type switch
    {
        KqlType.DateTime => new DateTime((long)position, DateTimeKind.Utc),
        KqlType.TimeSpan => new TimeSpan((long)position),
        KqlType.Real or KqlType.Decimal => position,
        _ => (long)position,
    };

    /// <summary>Axis values as numbers (ticks for datetimes and timespans); NaN for null.</summary>
    private static double[] Positions(Column column)
    {
        var result = new double[column.Length];
        for (int i = 0; i < result.Length; i++) result[i] = AsNumber(column.GetValue(i)) ?? double.NaN;
        return result;
    }

    private static double? AsNumber(object? value) => value switch
    {
        DateTime t => t.Ticks,
        TimeSpan t => t.Ticks,
        long l => l,
        int i => i,
        double d => d,
        decimal m => (double)m,
        _ => null,
    };
}
