using RmmHunt.Data.Inputs;
using RmmHunt.Data.Tests.Formats;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql;

namespace RmmHunt.Data.Tests;

/// <summary>
/// Many queries over one scan (a rule pack) are each handed only the rows their own needles hold
/// (<see cref="Engine.Vectors.RowRoutes"/>): every query's result is the one it gives when run alone,
/// over CSV and over Parquet.
/// </summary>
public sealed class RoutedScanTests : IDisposable
{
    private readonly FormatFixtures _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    // Enough needles, each naming its column, for the readers' field-wise filters; some queries share
    // domains, one has two clauses, and the sample holds rows of each.
    private static readonly string[] Queries =
    [
        "DeviceNetworkEvents | where RemoteUrl has_any ('server-eye.de', 'servereye.de') | summarize n = count(), urls = make_set(RemoteUrl) by DeviceName",
        "DeviceNetworkEvents | where RemoteUrl has_any ('ninjarmm.com', 'splashtop.com') | summarize n = count() by DeviceName, RemoteUrl",
        "DeviceNetworkEvents | where RemoteUrl has_any ('teamviewer.com', 'anydesk.com', 'splashtop.com') | summarize n = count() by RemoteUrl",
        "DeviceNetworkEvents | where RemoteUrl has 'atera.com' and InitiatingProcessFileName =~ 'ateraagent.exe' | summarize n = count() by DeviceName",
        "DeviceNetworkEvents | where RemoteUrl has_any ('screenconnect.com', 'connectwise.com') | project DeviceName, RemoteUrl, RemotePort | order by DeviceName asc, RemoteUrl asc | take 7",
        "DeviceNetworkEvents | where RemoteUrl contains 'myserver-eye' | summarize n = count()",
        "DeviceNetworkEvents | where RemoteUrl has 'attacker' | serialize | extend row = row_number() | project row, DeviceName",
    ];

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void Every_query_run_together_gives_its_result_alone(string format)
    {
        string path = format == "csv" ? SampleRows.Path : _fixtures.Parquet();
        var together = Run(path, Queries);
        for (int q = 0; q < Queries.Length; q++)
        {
            var alone = Run(path, [Queries[q]]).Single();
            Assert.NotEmpty(alone);
            Assert.True(alone.SequenceEqual(together[q]), $"query {q} differs when run with the others");
        }
    }

    // For each query, the rows its needles let through, as a query of its own (a needle is found anywhere
    // in its column, ignoring case, as `contains` does); null for the query whose take stops asking.
    private static readonly string?[] NeedleRows =
    [
        "RemoteUrl contains 'server-eye.de' or RemoteUrl contains 'servereye.de'",
        "RemoteUrl contains 'ninjarmm.com' or RemoteUrl contains 'splashtop.com'",
        "RemoteUrl contains 'teamviewer.com' or RemoteUrl contains 'anydesk.com' or RemoteUrl contains 'splashtop.com'",
        "RemoteUrl contains 'atera.com' and InitiatingProcessFileName contains 'ateraagent.exe'",
        null,
        "RemoteUrl contains 'myserver-eye'",
        "RemoteUrl contains 'attacker'",
    ];

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void A_profiled_run_counts_the_rows_each_query_was_handed(string format)
    {
        string path = format == "csv" ? SampleRows.Path : _fixtures.Parquet();
        var inputs = InputCatalog.Open([InputSpec.Parse(path)], DataFormats.All, DataSchemas.BuiltIn);
        var graph = new ExecutionGraph(new RunContext(ServerEyeRun.Now) { Profile = true }, inputs);
        var handles = Queries.Select(q => graph.Add(KqlCompilation.Compile(q, inputs).Query!)).ToList();
        graph.Run();
        for (int q = 0; q < Queries.Length; q++)
        {
            if (NeedleRows[q] is not { } condition) continue;
            var expected = Convert.ToInt64(Run(path, [$"DeviceNetworkEvents | where {condition} | count"]).Single().Single(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(expected > 0, $"the sample should hold rows for query {q}");
            Assert.Equal(expected, handles[q].Profile!.RowsIn);
            Assert.True(handles[q].Profile!.Elapsed > TimeSpan.Zero);
        }
    }

    /// <summary>Each query's rows as text (in result order: the `take` and row numbers depend on it).</summary>
    private static List<List<string>> Run(string path, string[] queries)
    {
        var inputs = InputCatalog.Open([InputSpec.Parse(path)], DataFormats.All, DataSchemas.BuiltIn);
        var graph = new ExecutionGraph(new RunContext(ServerEyeRun.Now), inputs);
        var handles = queries.Select(q =>
        {
            var compilation = KqlCompilation.Compile(q, inputs);
            Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
            return graph.Add(compilation.Query!);
        }).ToList();
        graph.Run();
        return handles.Select(h => h.Result.Rows().Select(r => string.Join("|", r.Select(v => v is System.Collections.IEnumerable and not string ? string.Join(",", ((System.Collections.IEnumerable)v).Cast<object>().Order()) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))).ToList()).ToList();
    }
}
