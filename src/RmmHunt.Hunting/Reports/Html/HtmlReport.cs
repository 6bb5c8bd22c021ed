using System.Text;
using RmmHunt.Hunting.Findings;
using RmmHunt.Hunting.Reports.Model;
using static System.Net.WebUtility;

namespace RmmHunt.Hunting.Reports.Html;

/// <summary>
/// A hunt as one self-contained HTML page (inline CSS, SVG and script; nothing fetched from the
/// network): the summary, the summaries and findings per tool and per device, a timeline of each
/// device's RMM activity, the suppression table, the skipped rules and the inputs.
/// </summary>
public static class HtmlReport
{
    public static void Write(TextWriter writer, HuntReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>RmmHunt report</title><style>").Append(HtmlAssets.Style).Append("</style></head><body>");
        html.Append($"<header><h1>RmmHunt report</h1><p>now() = {Encode(ReportText.Time(report.Now))} UTC · {Encode(report.SummaryLine)}</p></header><main>");
        Summary(html, report);
        Section(html, "tools", "Summary by tool", Table(["Tool", "Findings", "Devices", "Highest severity", "First seen", "Last seen", "Suppressed events"],
            report.Tools.Select(t => new[] { Encode(t.Tool), Num(t.Findings), Num(t.Devices.Count), Severity(t.HighestSeverity), Encode(ReportText.Time(t.FirstSeen)), Encode(ReportText.Time(t.LastSeen)), Num(t.SuppressedEvents) })));
        Section(html, "devices", "Summary by device", Table(["Device", "Findings", "Tools", "Highest severity", "First seen", "Last seen"],
            report.Devices.Select(d => new[] { Encode(d.Device), Num(d.Findings), Encode(string.Join(", ", d.Tools)), Severity(d.HighestSeverity), Encode(ReportText.Time(d.FirstSeen)), Encode(ReportText.Time(d.LastSeen)) })));
        Section(html, "timeline", "Timeline of RMM activity per device", HtmlTimeline.Write(report));
        FindingsByTool(html, report);
        FindingsByDevice(html, report);
        Section(html, "suppressions", "Suppressions (exclusions and sanctioned tools)", Table(["Id", "Kind", "Scope", "Owner", "Reason", "Expires", "Events"],
            report.Suppressions.Select(s => new[]
            {
                $"<code>{Encode(s.Id)}</code>", Encode(s.Kind), Encode(s.Scope), Encode(s.Owner ?? ""), Encode(s.Reason ?? s.Description),
                Encode(s.Expires ?? "") + (s.Expired ? " <span class=\"expired\">expired</span>" : ""), Num(s.Events),
            })));
        Skipped(html, report);
        Section(html, "inputs", "Inputs", Table(["File", "Table", "Rows read", "Skipped by prefilter", "Rejected"],
            report.Inputs.Select(i => new[] { $"<span class=\"mono\">{Encode(i.Path)}</span>", Encode(i.Table), Num(i.Statistics.Read), Num(i.Statistics.Skipped), Num(i.Statistics.RejectedCount) })));
        if (report.Warnings.Count > 0) Section(html, "warnings", "Warnings", "<ul>" + string.Concat(report.Warnings.Select(w => $"<li class=\"mono\">{Encode(w)}</li>")) + "</ul>");
        html.Append("</main><script>").Append(HtmlAssets.Script).Append("</script></body></html>\n");
        writer.Write(html.ToString());
    }

    private static void Summary(StringBuilder html, HuntReport report)
    {
        var cards = new (string Value, string Label)[]
        {
            (Num(report.Findings.Count), "findings"), (Num(report.Devices.Count), "devices"), (Num(report.Tools.Count(t => t.Findings > 0)), "tools found"),
            (Num(report.RulesRun), "rules run"), (Num(report.Skipped.Count), "rules skipped"), (Num(report.SuppressedEvents), "events suppressed"),
        };
        Section(html, "summary", "Summary", "<div class=\"cards\">" + string.Concat(cards.Select(c => $"<div class=\"card\"><b>{c.Value}</b><span>{c.Label}</span></div>")) + "</div>");
    }

    private static void FindingsByTool(StringBuilder html, HuntReport report)
    {
        var body = new StringBuilder("<p><input type=\"search\" id=\"finding-filter\" placeholder=\"Filter findings (device, tool, account...)\" aria-label=\"Filter findings\"> <span id=\"finding-count\" class=\"muted\"></span></p>");
        foreach (var tool in report.Findings.GroupBy(f => f.Tool ?? HuntReportBuilder.UnknownTool))
        {
            body.Append($"<details open><summary>{Encode(tool.Key)} · {tool.Count()} finding(s)</summary>");
            body.Append(Table(["Severity", "Rule", "Device", "Account", "URL / IP", "File hash", "Process", "First seen", "Last seen", "Count"], tool.Select(FindingCells), "finding"));
            body.Append("</details>");
        }
        if (report.Findings.Count == 0) body.Append("<p>No findings.</p>");
        Section(html, "findings-by-tool", "Findings per tool", body.ToString());
    }

    private static void FindingsByDevice(StringBuilder html, HuntReport report)
    {
        var body = new StringBuilder();
        foreach (var device in report.Findings.GroupBy(f => f.Device ?? f.DeviceId ?? HuntReportBuilder.UnknownDevice))
        {
            body.Append($"<details><summary>{Encode(device.Key)} · {device.Count()} finding(s): {Encode(string.Join(", ", device.Select(f => f.Tool ?? "?").Distinct()))}</summary>");
            body.Append(Table(["Severity", "Tool", "Rule", "Account", "URL / IP", "First seen", "Last seen", "Count"], device.Select(f => new[]
            {
                Severity(f.Severity), Encode(f.Tool ?? ""), Encode(f.RuleName), Encode(f.Account ?? ""), Encode(f.RemoteUrl ?? f.RemoteIp ?? ""),
                Encode(ReportText.Time(f.FirstSeen)), Encode(ReportText.Time(f.LastSeen)), f.Count is { } c ? Num(c) : "",
            }), "finding"));
            body.Append("</details>");
        }
        if (report.Findings.Count == 0) body.Append("<p>No findings.</p>");
        Section(html, "findings-by-device", "Findings per device", body.ToString());
    }

    private static string[] FindingCells(Finding f) =>
    [
        Severity(f.Severity), Encode(f.RuleName), Encode(f.Device ?? ""), Encode(f.Account ?? ""),
        Encode(string.Join(" ", new[] { f.RemoteUrl, f.RemoteIp }.OfType<string>())),
        f.FileHash is null ? "" : $"<span class=\"mono\" title=\"{Encode(f.FileHashAlgorithm ?? "")}\">{Encode(f.FileHash)}</span>",
        Encode(f.Process ?? ""), Encode(ReportText.Time(f.FirstSeen)), Encode(ReportText.Time(f.LastSeen)), f.Count is { } c ? Num(c) : "",
    ];

    private static void Skipped(StringBuilder html, HuntReport report)
    {
        var body = new StringBuilder(Table(["Reason", "Rules"], report.SkipGroups.Select(g => new[] { Encode(g.Reason), Num(g.Count) })));
        if (report.Skipped.Count > 0)
        {
            body.Append($"<details><summary>Every skipped rule ({report.Skipped.Count})</summary><ul>");
            foreach (var s in report.Skipped) body.Append($"<li><span class=\"mono\">{Encode(s.Location)}</span>: {Encode(s.Code)} {Encode(s.Reason)}</li>");
            body.Append("</ul></details>");
        }
        Section(html, "skipped", "Skipped rules", body.ToString());
    }

    private static void Section(StringBuilder html, string id, string title, string body) =>
        html.Append($"<section id=\"{id}\"><h2>{Encode(title)}</h2>{body}</section>");

    private static string Table(string[] headers, IEnumerable<string[]> rows, string? rowClass = null)
    {
        var list = rows.ToList();
        if (list.Count == 0) return "<p class=\"muted\">None.</p>";
        var table = new StringBuilder("<table><thead><tr>");
        foreach (var header in headers) table.Append($"<th>{Encode(header)}</th>");
        table.Append("</tr></thead><tbody>");
        foreach (var row in list)
        {
            table.Append(rowClass is null ? "<tr>" : $"<tr class=\"{rowClass}\">");
            foreach (var cell in row) table.Append(cell.StartsWith("<td", StringComparison.Ordinal) ? cell : $"<td>{cell}</td>");
            table.Append("</tr>");
        }
        return table.Append("</tbody></table>").ToString();
    }

    private static string Severity(string? severity)
    {
        string name = SeverityLevels.Name(severity);
        return $"<span class=\"sev sev-{name}\">{Encode(severity ?? name)}</span>";
    }

    private static string Num(long value) => $"<td class=\"num\">{ReportText.Number(value)}</td>";

    private static string Encode(string text) => HtmlEncode(text);
}
