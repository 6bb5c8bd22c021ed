using System.Globalization;
using System.Text;
using RmmHunt.Hunting.Reports.Model;
using static System.Net.WebUtility;

namespace RmmHunt.Hunting.Reports.Html;

/// <summary>
/// The timeline chart as inline SVG: one lane per device, one bar per tool seen on it from first to
/// last sighting (a dot when they coincide), coloured per tool, on a shared UTC time axis.
/// </summary>
internal static class HtmlTimeline
{
    private const int Width = 1000, Label = 230, Right = 20, BarHeight = 12, Gap = 4, LanePadding = 8, Axis = 28;

    private static readonly string[] Palette =
        ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39"];

    public static string Write(HuntReport report)
    {
        var devices = report.Devices.Where(d => d.Activity.Any(a => a.FirstSeen is not null)).ToList();
        if (devices.Count == 0) return "<p class=\"muted\">No device activity to chart.</p>";
        var tools = devices.SelectMany(d => d.Activity.Select(a => a.Tool)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var colour = tools.Select((t, i) => (t, Palette[i % Palette.Length])).ToDictionary(p => p.t, p => p.Item2, StringComparer.OrdinalIgnoreCase);
        var start = devices.SelectMany(d => d.Activity).Min(a => a.FirstSeen)!.Value;
        var end = devices.SelectMany(d => d.Activity).Max(a => a.LastSeen ?? a.FirstSeen)!.Value;
        if (end <= start) end = start.AddHours(1);
        double X(DateTime t) => Label + (Width - Label - Right) * (t - start).TotalSeconds / (end - start).TotalSeconds;

        int height = Axis + devices.Sum(d => LanePadding * 2 + d.Activity.Count * (BarHeight + Gap));
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg id=\"timeline-chart\" role=\"img\" aria-label=\"RMM activity per device over time\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">"));
        for (int tick = 0; tick <= 4; tick++)
        {
            var t = start + (end - start) * tick / 4;
            double x = X(t);
            svg.Append(Invariant($"<line class=\"axis\" x1=\"{x:0.#}\" y1=\"{Axis - 6}\" x2=\"{x:0.#}\" y2=\"{height}\"/>"));
            string anchor = tick == 0 ? "start" : tick == 4 ? "end" : "middle";
            svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{Axis - 10}\" text-anchor=\"{anchor}\">{HtmlEncode(ReportText.Time(t)[..16])}</text>"));
        }
        int y = Axis;
        foreach (var device in devices)
        {
            int laneHeight = LanePadding * 2 + device.Activity.Count * (BarHeight + Gap);
            svg.Append(Invariant($"<g class=\"lane\" data-device=\"{HtmlEncode(device.Device)}\"><line class=\"axis\" x1=\"0\" y1=\"{y}\" x2=\"{Width}\" y2=\"{y}\"/>"));
            svg.Append(Invariant($"<text x=\"4\" y=\"{y + laneHeight / 2 + 4}\">{HtmlEncode(Shorten(device.Device))}</text>"));
            int barY = y + LanePadding;
            foreach (var activity in device.Activity)
            {
                var first = activity.FirstSeen ?? start;
                var last = activity.LastSeen ?? first;
                double x = X(first), w = Math.Max(4, X(last) - x);
                string title = $"{device.Device}: {activity.Tool}, {ReportText.Time(first)} to {ReportText.Time(last)} UTC, {activity.Events} event(s), {activity.HighestSeverity}";
                svg.Append(Invariant($"<rect class=\"bar\" data-tool=\"{HtmlEncode(activity.Tool)}\" x=\"{x:0.#}\" y=\"{barY}\" width=\"{w:0.#}\" height=\"{BarHeight}\" rx=\"3\" fill=\"{colour[activity.Tool]}\"><title>{HtmlEncode(title)}</title></rect>"));
                barY += BarHeight + Gap;
            }
            svg.Append("</g>");
            y += laneHeight;
        }
        svg.Append("</svg><div class=\"legend\">");
        foreach (var tool in tools) svg.Append($"<span><i style=\"background:{colour[tool]}\"></i>{HtmlEncode(tool)}</span>");
        return svg.Append("</div>").ToString();
    }

    private static string Shorten(string device) => device.Length <= 34 ? device : device[..33] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
