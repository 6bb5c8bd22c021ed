using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Planning;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// <c>scan</c>, record by record in input order, following the docs' "Scan logic": each record is tried
/// against every step from last to first; step k matches with the state of step k-1 (which is then
/// promoted to step k) or with its own state (whose last record it replaces); matching the first step
/// while its state is empty begins a new match. Conditions see one row made of the record and the
/// state's records (<see cref="BoundScan"/>); only the columns an expression reads are filled.
/// </summary>
public sealed class ScanOperator(BoundScan plan, Evaluator[] conditions, Evaluator[][] assignments, IBatchSink next, RunContext? context = null)
    : StreamingOperator(next)
{
    /// <summary>A step's state: a record per step up to it, and the match it belongs to.</summary>
    private sealed record State(object?[][] Records, long MatchId);

    private readonly State?[] _states = new State?[plan.Steps.Count];
    private readonly HashSet<int>[] _conditionReads = plan.Steps.Select(s => Reads([s.Condition])).ToArray();
    private readonly HashSet<int>[] _assignmentReads = plan.Steps.Select(s => Reads(s.Assignments.Select(a => a.Value))).ToArray();
    private readonly Kql.Symbols.KqlType[] _layoutTypes = LayoutTypes(plan);
    private long _matches = -1;

    public override void Push(Batch batch)
    {
        context?.Cancellation.ThrowIfCancellationRequested();
        int inputWidth = plan.Input.Schema.Count;
        var output = new List<(object?[] Record, long MatchId)>();
        for (int row = 0; row < batch.RowCount; row++)
        {
            var input = new object?[inputWidth];
            for (int c = 0; c < inputWidth; c++) input[c] = batch.Columns[c]?.GetValue(row);
            for (int k = plan.Steps.Count - 1; k >= 0; k--)
            {
                var previous = k > 0 ? _states[k - 1] : null;
                if (previous is not null && Test(k, input, previous))
                {
                    var extended = Extend(k, input, previous);
                    _states[k] = new State([.. previous.Records, extended], previous.MatchId);
                    _states[k - 1] = null;
                    if (plan.Steps[k].Output) output.Add((extended, previous.MatchId));
                }
                else if ((_states[k] is { } own && Test(k, input, own)) || (k == 0 && _states[0] is null && Test(0, input, null)))
                {
                    var state = _states[k];
                    long match = state?.MatchId ?? ++_matches;
                    var extended = Extend(k, input, state);
                    var records = state is null ? [extended] : state.Records[..^1].Append(extended).ToArray();
                    _states[k] = new State(records, match);
                    if (plan.Steps[k].Output) output.Add((extended, match));
                }
            }
        }
        if (output.Count > 0) Next.Push(ToBatch(output));
    }

    private bool Test(int step, object?[] input, State? state) =>
        conditions[step].Evaluate(Row(input, null, state, _conditionReads[step])).GetValue(0) is true;

    /// <summary>The record extended with the declared columns: defaults, then the step's assignments.</summary>
    private object?[] Extend(int step, object?[] input, State? state)
    {
        var record = new object?[plan.RecordWidth];
        Array.Copy(input, record, input.Length);
        for (int d = 0; d < plan.Declared.Count; d++) record[input.Length + d] = plan.Defaults[d];
        var assigned = plan.Steps[step].Assignments;
        if (assigned.Count == 0) return record;
        var row = Row(input, record, state, _assignmentReads[step]);
        // Assignments are computed together from the record before any of them is applied.
        var values = assignments[step].Select(a => a.Evaluate(row).GetValue(0)).ToArray();
        for (int i = 0; i < assigned.Count; i++) record[input.Length + assigned[i].Declared] = values[i];
        return record;
    }

    /// <summary>One row of the expressions' layout, with only the columns in <paramref name="reads"/> filled.</summary>
    private Batch Row(object?[] input, object?[]? record, State? state, HashSet<int> reads)
    {
        var columns = new Column?[_layoutTypes.Length];
        int width = plan.RecordWidth;
        foreach (int i in reads)
        {
            object? value;
            if (i < width) value = i < input.Length ? input[i] : record?[i] ?? plan.Defaults[i - input.Length];
            else
            {
                // A step the state holds no record for reads its declared columns' defaults (so a running
                // sum starts from its default, as the docs' cumulative sum shows) and nulls for the rest.
                int step = i / width - 1, column = i % width;
                value = state is not null && step < state.Records.Length ? state.Records[step][column]
                    : column >= input.Length ? plan.Defaults[column - input.Length] : null;
            }
            var builder = ColumnBuilder.Create(_layoutTypes[i], 1);
            builder.Add(value);
            columns[i] = builder.Build();
        }
        return new Batch(columns, 1);
    }

    private Batch ToBatch(List<(object?[] Record, long MatchId)> rows)
    {
        var columns = new Column?[plan.Schema.Count];
        for (int c = 0; c < plan.RecordWidth; c++)
        {
            var builder = ColumnBuilder.Create(plan.Schema.Columns[c].Type, rows.Count);
            foreach (var (record, _) in rows) builder.Add(record[c]);
            columns[c] = builder.Build();
        }
        if (plan.MatchId) columns[^1] = new PrimitiveColumn<long>(Kql.Symbols.KqlType.Long, rows.Select(r => r.MatchId).ToArray());
        return new Batch(columns, rows.Count);
    }

    private static HashSet<int> Reads(IEnumerable<BoundExpr> expressions)
    {
        var reads = new HashSet<int>();
        foreach (var expression in expressions) ColumnReferences.Collect(expression, reads);
        return reads;
    }

    private static Kql.Symbols.KqlType[] LayoutTypes(BoundScan plan)
    {
        var record = plan.Input.Schema.Columns.Select(c => c.Type).Concat(plan.Declared.Select(c => c.Type)).ToArray();
        return Enumerable.Repeat(record, plan.Steps.Count + 1).SelectMany(t => t).ToArray();
    }
}
