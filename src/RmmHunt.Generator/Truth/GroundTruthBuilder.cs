using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Truth;

/// <summary>
/// Watches every generated row and evaluates the seed rule on it. Holds only counters and the groups of
/// matching rows, so memory grows with the number of matches, not with the number of rows.
/// </summary>
internal sealed class GroundTruthBuilder(GeneratorOptions options)
{
    private readonly DateTime _now = options.RuleNow;
    private readonly Dictionary<string, long> _rowsByCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<GroupKey, GroupAccumulator> _all = [];
    private readonly Dictionary<GroupKey, GroupAccumulator> _kept = [];
    private readonly long[] _removedBy = new long[ServerEyeExclusions.All.Count];
    private long _rows;
    private long _matching;
    private long _removed;

    public void Observe(NetworkEvent e)
    {
        _rows++;
        _rowsByCategory[e.Category] = _rowsByCategory.GetValueOrDefault(e.Category) + 1;
        if (!ServerEyeNetworkRule.Matches(e, _now)) return;

        _matching++;
        var key = new GroupKey(e.DeviceId, e.DeviceName, e.RemoteUrl ?? "");
        Accumulate(_all, key, e);
        bool removed = false;
        for (int i = 0; i < _removedBy.Length; i++)
        {
            if (!ServerEyeExclusions.All[i].Matches(e)) continue;
            _removedBy[i]++;
            removed = true;
        }
        if (removed) _removed++;
        else Accumulate(_kept, key, e);
    }

    public GroundTruth Build() => new()
    {
        Table = "DeviceNetworkEvents",
        RuleId = ServerEyeNetworkRule.Id,
        RuleName = ServerEyeNetworkRule.Name,
        Parameters = options,
        Now = _now,
        RuleWindowStart = _now - ServerEyeNetworkRule.Lookback,
        RuleWindowEnd = _now,
        Rows = _rows,
        RowsByCategory = _rowsByCategory.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(),
        MatchingEvents = _matching,
        RemovedEvents = _removed,
        RemovedByExclusion = ServerEyeExclusions.All.Select((x, i) => KeyValuePair.Create(x.Id, _removedBy[i])).ToDictionary(),
        GroupsWithoutExclusions = Groups(_all),
        GroupsWithExclusions = Groups(_kept),
    };

    private static void Accumulate(Dictionary<GroupKey, GroupAccumulator> groups, GroupKey key, NetworkEvent e)
    {
        if (!groups.TryGetValue(key, out var group)) groups[key] = group = new GroupAccumulator();
        group.Add(e.Timestamp, e.ReportId);
    }

    private static IReadOnlyList<ExpectedGroup> Groups(Dictionary<GroupKey, GroupAccumulator> groups) =>
        groups
            .OrderBy(g => g.Key.DeviceName, StringComparer.Ordinal)
            .ThenBy(g => g.Key.DeviceId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.RemoteUrl, StringComparer.Ordinal)
            .Select(g => new ExpectedGroup(g.Key.DeviceId, g.Key.DeviceName, g.Key.RemoteUrl,
                g.Value.FirstSeen, g.Value.LastSeen, g.Value.DistinctReportIds(), g.Value.Count))
            .ToArray();

    private readonly record struct GroupKey(string DeviceId, string DeviceName, string RemoteUrl);
}
