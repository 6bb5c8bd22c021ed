using RmmHunt.Data.Inputs;

namespace RmmHunt.Cli;

/// <summary>The per-file accounting printed at the end of a run: nothing read is unaccounted for.</summary>
internal static class InputSummary
{
    public static void Print(InputCatalog inputs, TextWriter writer)
    {
        foreach (var file in inputs.Files)
        {
            var s = file.Statistics;
            if (s.Bytes == 0 && s.Read + s.Skipped + s.RejectedCount == 0 && s.Elapsed == TimeSpan.Zero)
            {
                // Only tables some query reads are scanned: say so rather than print a misleading "0 rows".
                writer.WriteLine($"input {file.Path}: {file.Table} ({file.Format}), not read: no query uses {file.Table}");
                continue;
            }
            string skipped = s.Skipped > 0 ? $", {s.Skipped:N0} skipped by prefilter" : "";
            writer.WriteLine($"input {file.Path}: {file.Table} ({file.Format}), {s.Read:N0} rows read{skipped}, {s.RejectedCount:N0} rejected, {s.Bytes:N0} bytes, {s.Elapsed.TotalSeconds:0.00} s");
            foreach (var warning in s.Warnings) writer.WriteLine($"  warning: {warning}");
            foreach (var rejected in s.Rejections.Take(10)) writer.WriteLine($"  rejected: {rejected}");
            if (s.RejectedCount > 10) writer.WriteLine($"  ... and {s.RejectedCount - 10:N0} more rejected rows");
        }
    }
}
