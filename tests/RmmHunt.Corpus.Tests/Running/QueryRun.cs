using RmmHunt.Engine.Execution;
using RmmHunt.Kql;

namespace RmmHunt.Corpus.Tests.Running;

/// <summary>How executing one bound query ended.</summary>
internal sealed record RunResult(bool Ran, string? Error, int Rows);

/// <summary>Executes bound corpus queries over the synthetic tables, each within a time limit.</summary>
internal static class QueryRun
{
    /// <summary>Generous: the slowest corpus query takes well under a second over the small synthetic tables.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static RunResult Execute(KqlCompilation compilation, ITableProvider tables, IExternalDataProvider externalData)
    {
        using var cancellation = new CancellationTokenSource(Limit);
        var work = Task.Run(() => Run(compilation, tables, externalData, cancellation.Token));
        // The token stops operators that check it; Wait bounds a query that would not.
        if (!work.Wait(Limit + TimeSpan.FromSeconds(2)))
            return new RunResult(false, $"did not finish within {Limit.TotalSeconds:0} s", 0);
        return work.Result;
    }

    private static RunResult Run(KqlCompilation compilation, ITableProvider tables, IExternalDataProvider externalData, CancellationToken cancellation)
    {
        try
        {
            var graph = new ExecutionGraph(new RunContext(SyntheticData.Now, cancellation) { ExternalData = externalData, RandomSeed = SyntheticData.Seed }, tables);
            var handle = graph.Add(compilation.Query!);
            graph.Run();
            return new RunResult(true, null, handle.Result.RowCount);
        }
        catch (OperationCanceledException)
        {
            return new RunResult(false, $"did not finish within {Limit.TotalSeconds:0} s", 0);
        }
        catch (QueryException e)
        {
            return new RunResult(false, e.Message, 0);
        }
        catch (Exception e)
        {
            // Anything but a QueryException is an engine defect: name it so that it gets fixed.
            return new RunResult(false, $"engine failure: {e.GetType().Name}: {e.Message}", 0);
        }
    }
}
