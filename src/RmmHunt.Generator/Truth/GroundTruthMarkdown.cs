using System.Text;
using RmmHunt.Generator.Internals.Csv;

namespace RmmHunt.Generator.Truth;

/// <summary>
/// The expected findings as short Markdown tables (totals, per device, per exclusion), for READMEs and
/// reports; the per-group detail stays in the truth JSON.
/// </summary>
public static class GroundTruthMarkdown
{
    public static string Render(GroundTruth truth)
    {
        var text = new StringBuilder();
        text.Append($"Rule window {Time(truth.RuleWindowStart)} .. {Time(truth.RuleWindowEnd)} (now = {Time(truth.Now)}), both ends inclusive.\n\n");
        text.Append("| | groups | events |\n|---|---:|---:|\n");
        text.Append($"| without exclusions | {truth.GroupsWithoutExclusions.Count} | {truth.MatchingEvents} |\n");
        text.Append($"| with exclusions | {truth.GroupsWithExclusions.Count} | {truth.MatchingEvents - truth.RemovedEvents} |\n\n");

        text.Append("| DeviceName | RemoteUrl values | events without exclusions | events with exclusions |\n|---|---|---:|---:|\n");
        foreach (var device in truth.GroupsWithoutExclusions.GroupBy(g => (g.DeviceName, g.DeviceId)))
        {
            string urls = string.Join(", ", device.Select(g => g.RemoteUrl));
            long kept = truth.GroupsWithExclusions.Where(g => g.DeviceId == device.Key.DeviceId).Sum(g => g.Count);
            text.Append($"| {device.Key.DeviceName} | {urls} | {device.Sum(g => g.Count)} | {kept} |\n");
        }

        text.Append($"\n| exclusion | events removed |\n|---|---:|\n");
        foreach (var (id, removed) in truth.RemovedByExclusion) text.Append($"| {id} | {removed} |\n");
        text.Append($"| (any, each event once) | {truth.RemovedEvents} |\n");
        return text.ToString();
    }

    private static string Time(DateTime instant) => PortalDateTime.Format(instant);
}
