using RmmHunt.Engine.Execution;
using RmmHunt.Hunting.Rules;

namespace RmmHunt.Hunting.Findings;

/// <summary>
/// Turns a rule's result rows into findings. Entities come from the columns hunting queries
/// conventionally produce (DeviceName, RemoteUrl, InitiatingProcessAccountName...), in order of preference.
/// </summary>
public static class FindingExtractor
{
    private static readonly string[] DeviceColumns = ["DeviceName", "Computer", "HostName", "HostCustomEntity"];
    private static readonly string[] DeviceIdColumns = ["DeviceId"];
    private static readonly string[] AccountColumns = ["AccountUpn", "InitiatingProcessAccountUpn", "AccountName", "InitiatingProcessAccountName", "AccountCustomEntity"];
    private static readonly string[] UrlColumns = ["RemoteUrl", "Url", "UrlCustomEntity"];
    private static readonly string[] IpColumns = ["RemoteIP", "IPAddress", "IPCustomEntity"];
    private static readonly string[] HashColumns = ["SHA256", "SHA1", "InitiatingProcessSHA256", "InitiatingProcessSHA1", "MD5", "FileHashCustomEntity"];
    private static readonly string[] ProcessColumns = ["InitiatingProcessFileName", "FileName", "ProcessName"];
    private static readonly string[] FirstSeenColumns = ["FirstSeen", "StartTime", "min_Timestamp", "Timestamp", "TimeGenerated"];
    private static readonly string[] LastSeenColumns = ["LastSeen", "EndTime", "max_Timestamp", "Timestamp", "TimeGenerated"];
    private static readonly string[] CountColumns = ["Count", "count_", "EventCount"];

    public static IEnumerable<Finding> From(HuntingRule rule, ResultTable result)
    {
        var names = result.Schema.Columns.Select(c => c.Name).ToArray();
        foreach (var row in result.Rows())
        {
            var details = names.Select((n, i) => new KeyValuePair<string, object?>(n, row[i])).ToArray();
            object? Pick(string[] candidates) =>
                candidates.Select(c => Array.IndexOf(names, c)).Where(i => i >= 0).Select(i => row[i]).FirstOrDefault(v => v is not null and not "");
            yield return new Finding
            {
                RuleId = rule.Id,
                RuleName = rule.Name,
                Tactics = rule.Tactics,
                Techniques = rule.RelevantTechniques,
                Severity = rule.Severity,
                Device = Pick(DeviceColumns) as string,
                DeviceId = Pick(DeviceIdColumns) as string,
                Account = Pick(AccountColumns) as string,
                RemoteUrl = Pick(UrlColumns) as string,
                RemoteIp = Pick(IpColumns) as string,
                FileHash = Pick(HashColumns) as string,
                Process = Pick(ProcessColumns) as string,
                FirstSeen = Pick(FirstSeenColumns) as DateTime?,
                LastSeen = Pick(LastSeenColumns) as DateTime?,
                Count = Pick(CountColumns) switch { long l => l, int i => i, _ => null },
                Details = details,
            };
        }
    }
}
