using RmmHunt.Data.Inputs;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace RmmHunt.Cli;

/// <summary>
/// A progress bar on standard error while inputs are read: bytes read of the total, bytes and rows per
/// second. Only on an interactive terminal, only for inputs large enough to take a moment, and never
/// with <c>--quiet</c>: redirected output (a script, a pipe, a test) stays free of escape codes.
/// </summary>
internal static class InputProgress
{
    /// <summary>Below this, reading takes well under a second: a bar would only flicker.</summary>
    private const long MinimumBytes = 32 << 20;

    public static T Run<T>(InputCatalog inputs, InputOptions options, Func<T> work)
    {
        long total = inputs.Files.Select(f => f.Path).Distinct().Sum(SizeOf);
        if (options.Quiet || Console.IsErrorRedirected || total < MinimumBytes) return work();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!console.Profile.Capabilities.Interactive) return work();
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(),
                new RowsPerSecondColumn(() => inputs.Files.Sum(f => f.Statistics.Read + f.Statistics.Skipped + f.Statistics.RejectedCount)),
                new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading inputs", maxValue: total);
                var running = Task.Run(work);
                while (!running.Wait(100)) task.Value = Math.Min(total, inputs.Files.Sum(f => f.Statistics.Bytes));
                task.Value = total;
                result = running.GetAwaiter().GetResult();
            });
        return result;
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Rows (read, skipped or rejected) per second since the bar started.</summary>
    private sealed class RowsPerSecondColumn(Func<long> rows) : ProgressColumn
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            return new Text($"{rows() / seconds:N0} rows/s", new Style(Color.Grey));
        }
    }
}
