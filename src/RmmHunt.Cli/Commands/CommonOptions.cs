using System.CommandLine;
using System.Globalization;

namespace RmmHunt.Cli.Commands;

/// <summary>Options several commands share, with one spelling and one help text.</summary>
internal static class CommonOptions
{
    /// <param name="required">False for a query, which may need no table at all (print, range, datatable).</param>
    public static Option<string[]> Data(bool required = true) => new("--data", "-d")
    {
        Description = "Telemetry to read: [TABLE=]PATH, where PATH is a file, a directory or a glob. Repeatable.",
        AllowMultipleArgumentsPerToken = true,
        Required = required,
        HelpName = "[TABLE=]PATH",
    };

    public static Option<DateTime?> Now() => new("--now")
    {
        Description = "Pin now() to this UTC instant (ISO 8601), so a rule's time window applies to an older export.",
        CustomParser = result =>
        {
            string text = result.Tokens.Single().Value;
            if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var now)) return now;
            result.AddError($"--now: '{text}' is not an ISO 8601 date and time");
            return null;
        },
    };

    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Option<string[]> ExternalData() => new("--externaldata")
    {
        Description = "Local copies for externaldata: URL=PATH, or a directory of files named by URL. Repeatable. Nothing is downloaded.",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "URL=PATH|DIR",
    };

    public static Option<long?> MaxErrors() => new("--max-errors")
    {
        Description = "Stop the run once this many input rows were rejected (exit code 3).",
        HelpName = "N",
        Validators = { result => { if (result.GetValueOrDefault<long?>() is < 1) result.AddError("--max-errors must be at least 1"); } },
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Make any rejected input row fatal (exit code 3, naming the file and line).",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Show no progress bar while reading inputs.",
    };

    /// <summary>The three input options of a command, read back as <see cref="InputOptions"/>.</summary>
    public static (Option<long?> MaxErrors, Option<bool> Strict, Option<bool> Quiet) InputHandling() => (MaxErrors(), Strict(), Quiet());

    public static InputOptions Read(ParseResult parse, (Option<long?> MaxErrors, Option<bool> Strict, Option<bool> Quiet) options) =>
        new(parse.GetValue(options.MaxErrors), parse.GetValue(options.Strict), parse.GetValue(options.Quiet));

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the output to this file instead of the terminal.",
        HelpName = "FILE",
    };
}

public enum OutputFormat { Table, Json, Csv }
