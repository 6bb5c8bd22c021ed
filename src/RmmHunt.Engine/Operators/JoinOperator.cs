using RmmHunt.Engine.Aggregates;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// A hash join on equal keys. The right side is the build side: it is gathered whole, then left rows
/// stream through and probe it (left rows that arrive before the right side is complete wait). Rows
/// whose key has a null never match. innerunique keeps only the first left row of each key, as Kusto.
/// The build side (and left rows waiting for it) is charged to the run's memory budget; output goes on in
/// slices, so a key shared by many rows on both sides streams rather than fills memory.
/// </summary>
public sealed class JoinOperator
{
    /// <summary>Most row pairs pushed on at once.</summary>
    private const int OutputSlice = 1 << 16;

    private readonly JoinKind _kind;
    private readonly Evaluator[] _leftKeys;
    private readonly Evaluator[] _rightKeys;
    private readonly int _leftWidth;
    private readonly IReadOnlyList<Kql.Symbols.KqlType> _leftTypes;
    private readonly IReadOnlyList<Kql.Symbols.KqlType> _rightTypes;
    private readonly ISet<int> _leftNeeded;
    private readonly IReadOnlyList<int> _rightOutputs;
    private readonly IBatchSink _next;
    private readonly List<Batch> _rightBatches = [];
    private readonly List<Batch> _waitingLeft = [];
    private readonly GroupTable? _seenLeftKeys;
    private Batch? _right;
    private GroupTable? _table;
    private List<int>[] _rowsByGroup = [];
    private bool[] _rightMatched = [];
    private bool _leftDone, _rightDone;
    private readonly OperatorBudget _budget;

    /// <param name="leftTypes">The left side's column types (unmatched right rows get typed nulls there).</param>
    /// <param name="rightTypes">The right side's column types (left rows without a match get typed nulls there).</param>
    /// <param name="leftNeeded">The left columns the operators after the join read.</param>
    public JoinOperator(JoinKind kind, Evaluator[] leftKeys, Evaluator[] rightKeys, IReadOnlyList<Kql.Symbols.KqlType> leftTypes,
        IReadOnlyList<Kql.Symbols.KqlType> rightTypes, ISet<int> leftNeeded, IReadOnlyList<int> rightOutputs, IBatchSink next, RunContext? context = null)
    {
        _rightTypes = rightTypes;
        _budget = new OperatorBudget(context, "join build side");
        _kind = kind;
        _leftKeys = leftKeys;
        _rightKeys = rightKeys;
        _leftWidth = leftTypes.Count;
        _leftTypes = leftTypes;
        _leftNeeded = leftNeeded;
        _rightOutputs = rightOutputs;
        _next = next;
        if (kind == JoinKind.InnerUnique) _seenLeftKeys = new GroupTable(leftKeys.Select(k => k.Type).ToArray());
        Left = new Side(this, isLeft: true);
        Right = new Side(this, isLeft: false);
    }

    public IBatchSink Left { get; }
    public IBatchSink Right { get; }

    private sealed class Side(JoinOperator join, bool isLeft) : IBatchSink
    {
        public bool WantsMore => join._next.WantsMore;

        public void Push(Batch batch)
        {
            if (batch.RowCount == 0) return;
            join._budget.Cancellation.ThrowIfCancellationRequested();
            if (!isLeft) join.Hold(join._rightBatches, batch);
            else if (join._rightDone) join.Probe(batch);
            else join.Hold(join._waitingLeft, batch);
        }

        public void Complete()
        {
            if (isLeft) join._leftDone = true;
            else join.Build();
            if (join._leftDone && join._rightDone) join.Finish();
        }
    }

    /// <summary>Keeps a batch until the build side is complete, charging it (and its share of the hash table).</summary>
    private void Hold(List<Batch> batches, Batch batch)
    {
        _budget.Memory.Add(ValueSize.Of(batch) + 16L * batch.RowCount);
        batches.Add(batch);
    }

    private void Build()
    {
        // An empty right side still has its columns: a left outer join fills them with nulls.
        _right = _rightBatches.Count > 0 ? SortOperator.Concat(_rightBatches)
            : new Batch(_rightTypes.Select(t => (Column?)Column.Constant(t, null, 0)).ToArray(), 0);
        _rightBatches.Clear();
        _table = new GroupTable(_rightKeys.Select(k => k.Type).ToArray());
        _rightMatched = new bool[_right.RowCount];
        if (_right.RowCount > 0)
        {
            var keys = _rightKeys.Select(k => k.Evaluate(_right)).ToArray();
            var byGroup = new List<List<int>>();
            for (int row = 0; row < _right.RowCount; row++)
            {
                _budget.Step();
                if (keys.Any(k => k.IsNull(row))) continue;
                int group = _table.Add(keys, row);
                if (group == byGroup.Count) byGroup.Add([]);
                byGroup[group].Add(row);
            }
            _rowsByGroup = byGroup.ToArray();
        }
        _rightDone = true;
        foreach (var batch in _waitingLeft) Probe(batch);
        _waitingLeft.Clear();
    }

    private void Probe(Batch left)
    {
        var keys = _leftKeys.Select(k => k.Evaluate(left)).ToArray();
        var leftRows = new List<int>();
        var rightRows = new List<int>();
        for (int row = 0; row < left.RowCount; row++)
        {
            if (leftRows.Count >= OutputSlice)
            {
                // One left row may match millions: hand the pairs on in slices, and stop if the run is cancelled.
                _budget.Cancellation.ThrowIfCancellationRequested();
                Emit(left, leftRows, rightRows);
                leftRows.Clear();
                rightRows.Clear();
            }
            bool nullKey = keys.Any(k => k.IsNull(row));
            if (_seenLeftKeys is not null && !nullKey)
            {
                int before = _seenLeftKeys.Count;
                _seenLeftKeys.Add(keys, row);
                if (_seenLeftKeys.Count == before) continue; // a later left row with a key already seen
            }
            int group = nullKey || _right!.RowCount == 0 ? -1 : _table!.Lookup(keys, row);
            var matches = group >= 0 ? _rowsByGroup[group] : null;
            switch (_kind)
            {
                case JoinKind.LeftSemi when matches is not null:
                case JoinKind.LeftAnti when matches is null:
                    leftRows.Add(row);
                    break;
                case JoinKind.Inner or JoinKind.InnerUnique or JoinKind.LeftOuter or JoinKind.FullOuter or JoinKind.RightOuter:
                    if (matches is not null)
                    {
                        foreach (int match in matches)
                        {
                            if (leftRows.Count >= OutputSlice)
                            {
                                _budget.Cancellation.ThrowIfCancellationRequested();
                                Emit(left, leftRows, rightRows);
                                leftRows.Clear();
                                rightRows.Clear();
                            }
                            leftRows.Add(row);
                            rightRows.Add(match);
                            _rightMatched[match] = true;
                        }
                    }
                    else if (_kind is JoinKind.LeftOuter or JoinKind.FullOuter)
                    {
                        leftRows.Add(row);
                        rightRows.Add(-1);
                    }
                    break;
                case JoinKind.RightSemi or JoinKind.RightAnti when matches is not null:
                    foreach (int match in matches) _rightMatched[match] = true;
                    break;
            }
        }
        if (leftRows.Count > 0) Emit(left, leftRows, rightRows);
    }

    private void Finish()
    {
        _waitingLeft.Clear();
        if (_kind is JoinKind.RightOuter or JoinKind.FullOuter or JoinKind.RightSemi or JoinKind.RightAnti && _right!.RowCount > 0)
        {
            bool wantMatched = _kind == JoinKind.RightSemi;
            var rightRows = Enumerable.Range(0, _right!.RowCount).Where(r => _rightMatched[r] == wantMatched).ToList();
            if (rightRows.Count > 0)
            {
                if (_kind is JoinKind.RightSemi or JoinKind.RightAnti)
                    _next.Push(new Batch(_right.Columns.Select(c => GatherWithNulls.Gather(c, rightRows)).ToArray(), rightRows.Count));
                else
                    Emit(null, Enumerable.Repeat(-1, rightRows.Count).ToList(), rightRows);
            }
        }
        _right = null;
        _budget.Dispose();
        _next.Complete();
    }

    /// <summary>Pushes pairs of left and right rows (-1: nulls) laid out as the join's output.</summary>
    private void Emit(Batch? left, List<int> leftRows, List<int> rightRows)
    {
        bool leftOnly = _kind is JoinKind.LeftSemi or JoinKind.LeftAnti;
        var columns = new Column?[_leftWidth + (leftOnly ? 0 : _rightOutputs.Count)];
        for (int c = 0; c < _leftWidth; c++)
        {
            columns[c] = left is null
                ? NullColumn(c, leftRows.Count)
                : GatherWithNulls.Gather(left.Columns[c], leftRows);
        }
        if (!leftOnly)
        {
            for (int i = 0; i < _rightOutputs.Count; i++) columns[_leftWidth + i] = GatherWithNulls.Gather(_right!.Columns[_rightOutputs[i]], rightRows);
        }
        _next.Push(new Batch(columns, leftRows.Count));
    }

    /// <summary>Left columns for right rows without a match (right/full outer): typed nulls where needed.</summary>
    private Column? NullColumn(int ordinal, int rows) =>
        _leftNeeded.Contains(ordinal) ? Column.Constant(_leftTypes[ordinal], null, rows) : null;
}
