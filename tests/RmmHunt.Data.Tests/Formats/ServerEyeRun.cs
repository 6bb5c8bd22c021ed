using System.Globalization;
using RmmHunt.Data.Inputs;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql;
using RmmHunt.Kql.Values;

namespace RmmHunt.Data.Tests.Formats;

/// <summary>The seed ServerEye rule run over some inputs, its result as sorted comparable text rows.</summary>
internal static class ServerEyeRun
{
    /// <summary>The query of rules/seed/rmm_ServerEye_netconn.yaml, unchanged.</summary>
    public static string Query => Generator.Truth.ServerEyeNetworkRule.Query;

    public static readonly DateTime Now = new(2024, 10, 7, 0, 0, 0, DateTimeKind.Utc);

    public static (List<string> Rows, InputCatalog Inputs) Run(params string[] specs) => RunQuery(Query, specs);

    public static (List<string> Rows, InputCatalog Inputs) RunQuery(string query, params string[] specs)
    {
        var inputs = InputCatalog.Open(specs.Select(InputSpec.Parse), DataFormats.All, DataSchemas.BuiltIn);
        var compilation = KqlCompilation.Compile(query, inputs);
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
        var graph = new ExecutionGraph(new RunContext(Now), inputs);
        var handle = graph.Add(compilation.Query!);
        graph.Run();
        var rows = handle.Result.Rows().Select(r => string.Join("|", r.Select(Text))).Order(StringComparer.Ordinal).ToList();
        return (rows, inputs);
    }

    /// <summary>Datetimes cut to milliseconds, for formats that keep no more (the Sentinel portal's).</summary>
    public static List<string> ToMilliseconds(IEnumerable<string> rows) =>
        rows.Select(r => System.Text.RegularExpressions.Regex.Replace(r, @"(\.\d{3})\d{4}Z", "${1}0000Z")).ToList();

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime t => ScalarFormat.DateTime(t),
        DynArray a => "[" + string.Join(",", a.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
