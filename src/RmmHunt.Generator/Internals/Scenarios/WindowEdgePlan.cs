namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// Chooses which rows become window-edge rows: the first row whose slot reaches now−5d−100ns, now−5d or now
/// is moved back onto that exact instant (keeping the file in time order); an edge after the last slot
/// (now = the window end) takes the last row.
/// </summary>
internal sealed class WindowEdgePlan
{
    private const long MinimumRows = 10;
    private readonly Queue<DateTime> _pending = new();
    private readonly long _rows;

    public WindowEdgePlan(GeneratorOptions options, TimeSpan lookback)
    {
        _rows = options.Rows;
        if (!options.Mix.WindowEdges || options.Rows < MinimumRows) return;
        var now = options.RuleNow;
        DateTime[] edges = [now - lookback - TimeSpan.FromTicks(1), now - lookback, now];
        foreach (var edge in edges.Where(t => t >= options.WindowStart && t <= options.WindowEnd)) _pending.Enqueue(edge);
    }

    public bool TryTake(long row, DateTime slotTime, out DateTime edge)
    {
        if (_pending.Count > 0 && (_pending.Peek() <= slotTime || row == _rows - 1))
        {
            edge = _pending.Dequeue();
            return true;
        }
        edge = default;
        return false;
    }
}
