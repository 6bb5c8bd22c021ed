namespace RmmHunt.Generator.Truth;

/// <summary>The running min/max/make_set/count of one summarize group.</summary>
internal sealed class GroupAccumulator
{
    private readonly List<long> _reportIds = [];

    public DateTime FirstSeen { get; private set; } = DateTime.MaxValue;
    public DateTime LastSeen { get; private set; } = DateTime.MinValue;
    public long Count { get; private set; }

    public void Add(DateTime timestamp, long reportId)
    {
        if (timestamp < FirstSeen) FirstSeen = timestamp;
        if (timestamp > LastSeen) LastSeen = timestamp;
        _reportIds.Add(reportId);
        Count++;
    }

    /// <summary>make_set keeps each value once.</summary>
    public IReadOnlyList<long> DistinctReportIds() => _reportIds.Distinct().Order().ToArray();
}
