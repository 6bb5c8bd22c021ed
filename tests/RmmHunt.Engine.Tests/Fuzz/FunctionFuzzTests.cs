using RmmHunt.Engine.Execution;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Symbols.Catalog;

namespace RmmHunt.Engine.Tests.Fuzz;

/// <summary>
/// Every built-in function, called with arguments drawn from columns (with nulls and empty values)
/// and literals of every type: a call that compiles must run, failing only with a message for the
/// user (<see cref="QueryException"/>), never with a crash. The seed is fixed.
/// </summary>
public class FunctionFuzzTests
{
    private const string Input = """
        datatable(s:string, l:long, i:int, r:real, d:datetime, t:timespan, y:dynamic, b:bool, g:guid)
        [
            'a b,c', 1, 2, 1.5, datetime(2024-01-01), 1h, dynamic([1, 'x', {'k': 2}]), true, guid(12e8b78d-55b4-46ae-b068-26d7a0080254),
            '', long(null), int(null), real(null), datetime(null), timespan(null), dynamic(null), bool(null), guid(null),
            '10.0.0.1/8', -5, -1, real(nan), datetime(9999-12-31), -1d, dynamic({'a': {'b': 1}}), false, guid(null),
        ]
        """;

    private static readonly string[] Arguments =
    [
        "s", "l", "i", "r", "d", "t", "y", "b", "g", "''", "'x'", "'$.a'", "'(a)(b)'", "'day'", "'windows'", "0", "1", "-1", "64", "100",
        "1.5", "long(null)", "real(null)", "datetime(null)", "dynamic(null)", "dynamic([])", "dynamic(['a', 1])", "dynamic({'a': 1})",
        "1d", "datetime(2024-02-29)", "true", "typeof(long)",
    ];

    public static TheoryData<string> Functions()
    {
        var data = new TheoryData<string>();
        foreach (var name in FunctionCatalog.Scalars.Keys.Order(StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Calls_never_crash(string name)
    {
        var function = FunctionCatalog.Scalars[name];
        var random = new Random(Seed(name) ^ 20241007);
        int maxArgs = Math.Min(function.MaxArgs, function.MinArgs + 3);
        int ran = 0;
        // Window functions (prev, next, row_number...) need the serialized row order.
        string input = function.IsWindow ? Input + " | serialize" : Input;
        for (int attempt = 0; attempt < 400 && ran < 40; attempt++)
        {
            int count = random.Next(function.MinArgs, maxArgs + 1);
            var args = Enumerable.Range(0, count).Select(_ => Arguments[random.Next(Arguments.Length)]);
            if (RunIfItCompiles($"{input} | extend x = {name}({string.Join(", ", args)})")) ran++;
        }
        Assert.True(ran > 0, $"no generated call of {name}() compiled; add arguments it accepts");
    }

    public static TheoryData<string> Aggregates()
    {
        var data = new TheoryData<string>();
        foreach (var name in FunctionCatalog.Aggregates.Keys.Order(StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Aggregations_never_crash(string name)
    {
        var function = FunctionCatalog.Aggregates[name];
        var random = new Random(Seed(name) ^ 20241008);
        int maxArgs = Math.Min(function.MaxArgs, function.MinArgs + 3);
        int ran = 0;
        for (int attempt = 0; attempt < 400 && ran < 30; attempt++)
        {
            int count = random.Next(function.MinArgs, maxArgs + 1);
            var args = Enumerable.Range(0, count).Select(_ => Arguments[random.Next(Arguments.Length)]);
            string by = random.Next(2) == 0 ? "" : " by b";
            if (RunIfItCompiles($"{Input} | summarize {name}({string.Join(", ", args)}){by}")) ran++;
        }
        Assert.True(ran > 0, $"no generated call of {name}() compiled; add arguments it accepts");
    }

    /// <summary>A seed from the name that is the same in every run (string.GetHashCode is randomized per process).</summary>
    private static int Seed(string name) => name.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));

    [Fact]
    public void The_input_table_compiles() => Assert.Equal(3, Kusto.Run(Input).RowCount);

    /// <summary>Runs the query when it compiles; true when it did.</summary>
    private static bool RunIfItCompiles(string query)
    {
        var compilation = KqlCompilation.Compile(query, new SchemaSet([]));
        if (compilation.HasErrors) return false;
        try
        {
            var graph = new ExecutionGraph(new RunContext(Kusto.Now), new TableSet());
            var handle = graph.Add(compilation.Query!);
            graph.Run();
            Assert.All(handle.Result.Columns, c => Assert.Equal(handle.Result.RowCount, c.Length));
        }
        catch (QueryException)
        {
        }
        catch (Exception e)
        {
            Assert.Fail($"{query}\n{e}");
        }
        return true;
    }
}
