using System.CommandLine;
using RmmHunt.Cli.Limits;
using RmmHunt.Data.Conversion;

namespace RmmHunt.Cli.Commands;

/// <summary>
/// <c>rmmhunt convert --data [TABLE=]PATH... --output DIR</c>: reads every input once and writes each
/// table as typed Parquet sorted by time (<c>DIR/TABLE/part-00000.parquet</c>), which later runs read
/// far faster than CSV or JSON and skip by time.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Directory to write the Parquet files to (one folder per table).",
            Required = true,
            HelpName = "DIR",
        };
        var inputHandling = CommonOptions.InputHandling();
        var command = new Command("convert", "Convert telemetry (CSV, JSON, JSON lines, Parquet; gzip) into typed Parquet sorted by time.")
        {
            data, output, inputHandling.MaxErrors, inputHandling.Strict, inputHandling.Quiet,
        };
        var limits = new LimitOptions();
        command.Options.Add(limits.MaxGzipRatio);
        command.SetAction((parse, cancellation) => CliRun.Start(cancellation, limits.Read(parse), scope =>
            Run(parse.GetValue(data)!, parse.GetValue(output)!, CommonOptions.Read(parse, inputHandling), scope)));
        return command;
    }

    private static int Run(string[] data, string output, InputOptions options, RunScope scope)
    {
        var cancellation = scope.Token;
        if (File.Exists(output)) throw new UsageException($"--output {output}: is a file; give a directory");
        var inputs = Inputs.Open(data, options, scope.Formats);
        var converted = InputProgress.Run(inputs, options, () => inputs.Tables.Order(StringComparer.Ordinal)
            .Select(table => TableConverter.Convert(inputs.FindTable(table)!, inputs.SourcesOf(table), inputs.ObserverFor, output, new ConvertOptions(), cancellation))
            .ToList());
        foreach (var table in converted)
        {
            Console.Error.WriteLine($"{table.Table}: {table.Rows:N0} rows -> {table.Path}" + (table.SortedRuns > 1 ? $" (merged from {table.SortedRuns} sorted runs)" : ""));
            if (table.OutOfRangeDateTimes > 0)
                Console.Error.WriteLine($"  warning: {table.OutOfRangeDateTimes:N0} datetime values outside 1677-2262 (not representable as Parquet nanosecond timestamps) were written as null");
        }
        InputSummary.Print(inputs, Console.Error);
        return ExitCodes.Ok;
    }
}
