using System.Text;
using RmmHunt.Hunting.Reports.Model;

namespace RmmHunt.Hunting.Reports;

/// <summary>
/// A hunt as Markdown, to paste into a ticket or wiki: the summary line, the summaries per tool and per
/// device, the findings per tool, the suppressions, the skipped rules and the inputs.
/// </summary>
public static class MarkdownReport
{
    public static void Write(TextWriter writer, HuntReport report)
    {
        var md = new StringBuilder();
        md.Append("# RmmHunt report\n\n");
        md.Append($"now() = {ReportText.Time(report.Now)} UTC · {Escape(report.SummaryLine)}\n\n");
        md.Append("## Summary by tool\n\n");
        Table(md, ["Tool", "Findings", "Devices", "Highest severity", "First seen", "Last seen", "Suppressed events"],
            report.Tools.Select(t => new[] { t.Tool, t.Findings.ToString(), t.Devices.Count.ToString(), t.HighestSeverity, ReportText.Time(t.FirstSeen), ReportText.Time(t.LastSeen), ReportText.Number(t.SuppressedEvents) }));
        md.Append("## Summary by device\n\n");
        Table(md, ["Device", "Findings", "Tools", "Highest severity", "First seen", "Last seen"],
            report.Devices.Select(d => new[] { d.Device, d.Findings.ToString(), string.Join(", ", d.Tools), d.HighestSeverity, ReportText.Time(d.FirstSeen), ReportText.Time(d.LastSeen) }));
        md.Append("## Findings\n\n");
        foreach (var tool in report.Findings.GroupBy(f => f.Tool ?? HuntReportBuilder.UnknownTool))
        {
            md.Append($"### {Escape(tool.Key)}\n\n");
            Table(md, ["Severity", "Rule", "Device", "Account", "URL", "IP", "File hash", "Process", "First seen", "Last seen", "Count"],
                tool.Select(f => new[] { f.Severity ?? "", f.RuleName, f.Device ?? "", f.Account ?? "", f.RemoteUrl ?? "", f.RemoteIp ?? "", f.FileHash ?? "", f.Process ?? "",
                    ReportText.Time(f.FirstSeen), ReportText.Time(f.LastSeen), f.Count?.ToString() ?? "" }));
        }
        if (report.Findings.Count == 0) md.Append("No findings.\n\n");
        md.Append("## Suppressions\n\n");
        Table(md, ["Id", "Kind", "Scope", "Owner", "Reason", "Expires", "Events"],
            report.Suppressions.Select(s => new[] { s.Id, s.Kind, s.Scope, s.Owner ?? "", s.Reason ?? s.Description, (s.Expires ?? "") + (s.Expired ? " (expired)" : ""), ReportText.Number(s.Events) }));
        md.Append("## Skipped rules\n\n");
        Table(md, ["Reason", "Rules"], report.SkipGroups.Select(g => new[] { g.Reason, g.Count.ToString() }));
        foreach (var skipped in report.Skipped) md.Append($"- `{Escape(skipped.Location)}`: {Escape(skipped.Code)} {Escape(skipped.Reason)}\n");
        if (report.Skipped.Count > 0) md.Append('\n');
        md.Append("## Inputs\n\n");
        Table(md, ["File", "Table", "Rows read", "Skipped by prefilter", "Rejected"],
            report.Inputs.Select(i => new[] { i.Path, i.Table, ReportText.Number(i.Statistics.Read), ReportText.Number(i.Statistics.Skipped), ReportText.Number(i.Statistics.RejectedCount) }));
        if (report.Warnings.Count > 0)
        {
            md.Append("## Warnings\n\n");
            foreach (var warning in report.Warnings) md.Append($"- {Escape(warning)}\n");
        }
        writer.Write(md.ToString());
    }

    private static void Table(StringBuilder md, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            md.Append("None.\n\n");
            return;
        }
        md.Append("| ").Append(string.Join(" | ", headers)).Append(" |\n");
        md.Append('|').Append(string.Join("|", headers.Select(_ => "---"))).Append("|\n");
        foreach (var row in list) md.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        md.Append('\n');
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", "").Replace("\n", " ").Replace("<", "&lt;");
}
