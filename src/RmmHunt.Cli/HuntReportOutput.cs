using System.Text;
using RmmHunt.Cli.Commands;
using RmmHunt.Hunting.Reports;
using RmmHunt.Hunting.Reports.Html;
using RmmHunt.Hunting.Reports.Model;

namespace RmmHunt.Cli;

/// <summary>Writes a hunt report in the chosen format to the terminal or a file.</summary>
internal static class HuntReportOutput
{
    public static void Write(HuntReport report, HuntFormat format, string? path, CancellationToken cancellation = default)
    {
        if (format == HuntFormat.Table && path is null)
        {
            HuntConsole.Print(ConsoleTables.Standard(), report);
            return;
        }
        OutputFile.Write(path, stream =>
        {
            switch (format)
            {
                case HuntFormat.Json: HuntJsonReport.Write(stream, report); return;
                case HuntFormat.Jsonl: FindingsJsonl.Write(stream, report); return;
                case HuntFormat.Sarif: SarifReport.Write(stream, report, Directory.GetCurrentDirectory()); return;
            }
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            switch (format)
            {
                case HuntFormat.Csv: FindingsCsv.Write(writer, report.Findings); break;
                case HuntFormat.Md: MarkdownReport.Write(writer, report); break;
                case HuntFormat.Html: HtmlReport.Write(writer, report); break;
                default: HuntConsole.Print(ConsoleTables.Plain(writer), report); break;
            }
        }, cancellation);
    }
}
