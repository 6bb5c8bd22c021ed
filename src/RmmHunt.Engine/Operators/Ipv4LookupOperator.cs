using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Functions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// <c>evaluate ipv4_lookup</c>: the lookup table is gathered whole and indexed by prefix length and masked
/// network, then input rows stream through (waiting until the lookup is complete) and probe each prefix
/// length the table has, so a row costs at most 33 hash probes, not one test per range. An address
/// written with a prefix matches a range only when it lies wholly inside it. Rows without a match are
/// dropped, or kept with nulls when <see cref="BoundIpv4Lookup.ReturnUnmatched"/>.
/// </summary>
public sealed class Ipv4LookupOperator
{
    private readonly BoundIpv4Lookup _plan;
    private readonly Evaluator _sourceKey;
    private readonly Evaluator _lookupKey;
    private readonly IBatchSink _next;
    private readonly OperatorBudget _budget;
    private readonly List<Batch> _lookupBatches = [];
    private readonly List<Batch> _waiting = [];
    private readonly Dictionary<(int Prefix, uint Network), List<int>> _index = [];
    private int[] _prefixes = [];
    private Batch? _lookup;
    private bool _lookupDone, _inputDone;

    public Ipv4LookupOperator(BoundIpv4Lookup plan, Evaluator sourceKey, Evaluator lookupKey, IBatchSink next, RunContext? context = null)
    {
        _plan = plan;
        _sourceKey = sourceKey;
        _lookupKey = lookupKey;
        _next = next;
        _budget = new OperatorBudget(context, "ipv4_lookup table");
        Input = new Side(this, isInput: true);
        Lookup = new Side(this, isInput: false);
    }

    public IBatchSink Input { get; }
    public IBatchSink Lookup { get; }

    private sealed class Side(Ipv4LookupOperator owner, bool isInput) : IBatchSink
    {
        public bool WantsMore => owner._next.WantsMore;

        public void Push(Batch batch)
        {
            if (batch.RowCount == 0) return;
            owner._budget.Cancellation.ThrowIfCancellationRequested();
            owner._budget.Memory.Add(ValueSize.Of(batch));
            if (!isInput) owner._lookupBatches.Add(batch);
            else if (owner._lookupDone) owner.Probe(batch);
            else owner._waiting.Add(batch);
        }

        public void Complete()
        {
            if (isInput) owner._inputDone = true;
            else owner.BuildIndex();
            if (owner._inputDone && owner._lookupDone)
            {
                owner._budget.Dispose();
                owner._next.Complete();
            }
        }
    }

    private void BuildIndex()
    {
        _lookup = _lookupBatches.Count == 0 ? null : SortOperator.Concat(_lookupBatches);
        _lookupBatches.Clear();
        if (_lookup is not null)
        {
            var ranges = _lookupKey.Evaluate(_lookup);
            for (int row = 0; row < _lookup.RowCount; row++)
            {
                if (ranges.GetValue(row) is not string text || Ipv4.Parse(text) is not { } range) continue;
                var key = (range.PrefixLength, range.Address & range.Mask);
                if (!_index.TryGetValue(key, out var rows)) _index[key] = rows = [];
                rows.Add(row);
            }
            _prefixes = _index.Keys.Select(k => k.Prefix).Distinct().Order().ToArray();
        }
        _lookupDone = true;
        foreach (var batch in _waiting) Probe(batch);
        _waiting.Clear();
    }

    private void Probe(Batch batch)
    {
        var sources = _sourceKey.Evaluate(batch);
        var inputRows = new List<int>();
        var lookupRows = new List<int>();
        for (int row = 0; row < batch.RowCount; row++)
        {
            int before = lookupRows.Count;
            if (sources.GetValue(row) is string text && Ipv4.Parse(text) is { } address)
            {
                foreach (int prefix in _prefixes)
                {
                    if (prefix > address.PrefixLength) break;
                    var range = new Ipv4(address.Address, prefix);
                    if (!_index.TryGetValue((prefix, address.Address & range.Mask), out var candidates)) continue;
                    foreach (int candidate in candidates)
                    {
                        if (!ExtraKeysEqual(batch, row, candidate)) continue;
                        inputRows.Add(row);
                        lookupRows.Add(candidate);
                    }
                }
            }
            if (lookupRows.Count == before && _plan.ReturnUnmatched)
            {
                inputRows.Add(row);
                lookupRows.Add(-1);
            }
        }
        if (inputRows.Count == 0) return;
        var columns = batch.Columns.Select(c => c?.Gather(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(inputRows)))
            .Concat(_plan.LookupOutputs.Select(i => _lookup is null ? NullColumn(i, inputRows.Count) : GatherWithNulls.Gather(_lookup.Columns[i], lookupRows)))
            .ToArray();
        _next.Push(new Batch(columns, inputRows.Count));
    }

    private Column NullColumn(int lookupColumn, int count)
    {
        var builder = ColumnBuilder.Create(_plan.Lookup.Schema.Columns[lookupColumn].Type, count);
        for (int i = 0; i < count; i++) builder.AddNull();
        return builder.Build();
    }

    /// <summary>
    /// The extra keys match as a join's keys do: equal values; a null never matches, except that a string
    /// has no null in Kusto (null and "" are the same empty string).
    /// </summary>
    private bool ExtraKeysEqual(Batch batch, int row, int candidate)
    {
        foreach (var (input, lookup) in _plan.ExtraKeys)
        {
            bool text = _plan.Input.Schema.Columns[input].Type == Kql.Symbols.KqlType.String;
            var a = batch.Column(input).GetValue(row) ?? (text ? "" : null);
            var b = _lookup!.Column(lookup).GetValue(candidate) ?? (text ? "" : null);
            if (a is null || b is null || !a.Equals(b)) return false;
        }
        return true;
    }
}
