using System.CommandLine;
using RmmHunt.Data.Inputs;
using RmmHunt.Engine.Execution.Memory;

namespace RmmHunt.Cli.Limits;

/// <summary>The limits a run was given on the command line (or their defaults), with the text that names each in messages.</summary>
internal sealed record RunLimits(TimeSpan? Timeout, string? TimeoutText, long MaxMemory, string MaxMemoryText, double MaxGzipRatio)
{
    public static RunLimits Default { get; } = new(null, null, MemoryBudget.DefaultLimit, DefaultMemoryText(), InputLimits.DefaultMaxGzipRatio);

    private static string DefaultMemoryText() => $"--max-memory {MemoryBudget.Format(MemoryBudget.DefaultLimit)} (the default, half the memory available)";
}

/// <summary><c>--timeout</c>, <c>--max-memory</c> and <c>--max-gzip-ratio</c>: one spelling, one help text, for every command that runs queries.</summary>
internal sealed class LimitOptions
{
    public Option<string?> Timeout { get; } = new("--timeout")
    {
        Description = "Stop the run after this long (e.g. 30s, 5m, 1h30m), exit status 4. Default: no limit.",
        HelpName = "DURATION",
        Validators = { result => { if (result.GetValueOrDefault<string?>() is { } t && !Quantities.TryParseDuration(t, out _)) result.AddError($"--timeout: '{t}' is not a duration such as 30s, 5m or 1h"); } },
    };

    public Option<string?> MaxMemory { get; } = new("--max-memory")
    {
        Description = $"Memory the queries' state may take (groups, join build sides, sorts, make_set...), e.g. 512MB, 2GB; beyond it the run stops, exit status 5. Default: half the memory available ({MemoryBudget.Format(MemoryBudget.DefaultLimit)} here).",
        HelpName = "SIZE",
        Validators = { result => { if (result.GetValueOrDefault<string?>() is { } m && !Quantities.TryParseSize(m, out _)) result.AddError($"--max-memory: '{m}' is not a size such as 512MB or 2GB"); } },
    };

    public Option<double?> MaxGzipRatio { get; } = new("--max-gzip-ratio")
    {
        Description = $"How many times its size a gzip input may expand to before it is refused as a decompression bomb (exit status 3). Default: {InputLimits.DefaultMaxGzipRatio}.",
        HelpName = "N",
        Validators = { result => { if (result.GetValueOrDefault<double?>() is < 1) result.AddError("--max-gzip-ratio must be at least 1"); } },
    };

    public IEnumerable<Option> All => [Timeout, MaxMemory, MaxGzipRatio];

    public RunLimits Read(ParseResult parse)
    {
        string? timeout = parse.GetValue(Timeout), memory = parse.GetValue(MaxMemory);
        TimeSpan? duration = timeout is not null && Quantities.TryParseDuration(timeout, out var d) ? d : null;
        var defaults = RunLimits.Default;
        long bytes = memory is not null && Quantities.TryParseSize(memory, out long b) ? b : defaults.MaxMemory;
        return new RunLimits(duration, timeout is null ? null : $"--timeout {timeout}", bytes,
            memory is null ? defaults.MaxMemoryText : $"--max-memory {memory}", parse.GetValue(MaxGzipRatio) ?? defaults.MaxGzipRatio);
    }
}
