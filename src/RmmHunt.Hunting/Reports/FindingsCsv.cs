using RmmHunt.Hunting.Findings;
using RmmHunt.Kql.Values;

namespace RmmHunt.Hunting.Reports;

/// <summary>
/// Findings of all rules as CSV with one fixed column set, whatever the rules return, so a
/// spreadsheet or SIEM import sees the same columns on every run; the full row is in the Details
/// column as JSON.
/// </summary>
public static class FindingsCsv
{
    public static readonly string[] Columns =
    [
        "RuleId", "RuleName", "Tool", "Severity", "Tactics", "Techniques", "Device", "DeviceId", "Account", "RemoteUrl",
        "RemoteIP", "FileHash", "FileHashAlgorithm", "Process", "FirstSeen", "LastSeen", "Count", "Details",
    ];

    public static void Write(TextWriter writer, IEnumerable<Finding> findings)
    {
        CsvText.WriteRow(writer, Columns);
        foreach (var f in findings)
        {
            var details = new DynBag(f.Details.Select(d => new KeyValuePair<string, object?>(d.Key, d.Value)));
            CsvText.WriteRow(writer,
            [
                f.RuleId, f.RuleName, f.Tool ?? "", f.Severity ?? "", string.Join(";", f.Tactics), string.Join(";", f.Techniques),
                f.Device ?? "", f.DeviceId ?? "", f.Account ?? "", f.RemoteUrl ?? "", f.RemoteIp ?? "", f.FileHash ?? "", f.FileHashAlgorithm ?? "",
                f.Process ?? "", ScalarFormat.ToText(f.FirstSeen), ScalarFormat.ToText(f.LastSeen), ScalarFormat.ToText(f.Count),
                DynJson.Serialize(details),
            ]);
        }
    }
}
