using System.Text;
using FsCheck.Xunit;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Tests.Conformance;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Fuzz;

/// <summary>
/// A query that compiles must run: the engine may refuse it only with a <see cref="QueryException"/>
/// (a message for the user), never crash. Inputs are the documentation's examples the engine supports,
/// mutated or extended with more operators; the seeds are fixed.
/// </summary>
public class EngineFuzzTests
{
    private static readonly string[] Fragments =
    [
        "1", "0", "-1", "long(null)", "real(null)", "datetime(null)", "''", "'a'", "dynamic(null)", "dynamic([])",
        "dynamic({'a':1})", "1d", "0d", "1.5", "real(nan)", "true", "bool(null)", " | take 0", " | sort by 1",
        " | summarize count()", " | where true", " | extend z = 1", " | distinct *", " | count", "(", ")", ",", ".a", "[0]",
        "[-1]", " + ", " / ", " % ", " == ", " has ", " in ", " and ", " or ", "not(", "tostring(", "toint(", "bin(",
    ];

    /// <summary>Operators that apply to any input, so that appending them keeps a query valid.</summary>
    private static readonly string[] Tails =
    [
        " | take 0", " | take 3", " | sort by 1", " | count", " | distinct *", " | summarize count()", " | summarize by 1",
        " | where true", " | where false", " | extend z = 1", " | extend z = long(null)", " | project-away z*",
        " | top 1 by 1", " | summarize n = count() by Column1 = 1", " | extend s = 'a' | summarize make_set(s), dcount(s) by s",
        " | extend t = now() | summarize min(t), max(t), arg_max(t, *)", " | extend d = dynamic({'a':[1]}) | extend e = d.a[0], f = d.b",
        " | extend r = real(nan) | sort by r asc nulls last", " | limit 1",
    ];

    private static readonly Lazy<string[]> Queries = new(() => ConformanceCase.InScope
        .Where(c => !ConformanceTests.Skipped.ContainsKey(c.Name))
        .Select(c => c.Query.TrimEnd())
        .ToArray());

    [Property(MaxTest = 1500, Replay = "(31337,4711)")]
    public void Mutated_documentation_queries_never_crash_the_engine(int pick, int[] edits) =>
        RunIfItCompiles(Mutate(Pick(pick), edits));

    [Property(MaxTest = 800, Replay = "(1234,5679)")]
    public void Appended_operators_never_crash_the_engine(int pick, int[] tails)
    {
        var text = new StringBuilder(Pick(pick));
        foreach (int t in (tails ?? []).Take(6)) text.Append(Tails[(int)((uint)t % (uint)Tails.Length)]);
        RunIfItCompiles(text.ToString());
    }

    private static string Pick(int pick) => Queries.Value[(int)((uint)pick % (uint)Queries.Value.Length)];

    private static void RunIfItCompiles(string query)
    {
        var compilation = KqlCompilation.Compile(query, new SchemaSet([]));
        if (compilation.HasErrors) return;
        try
        {
            var graph = new ExecutionGraph(new RunContext(Kusto.Now), new TableSet());
            var handle = graph.Add(compilation.Query!);
            graph.Run();
            Assert.Equal(compilation.Query!.Schema.Count, handle.Result.Columns.Count);
            Assert.All(handle.Result.Columns, c => Assert.Equal(handle.Result.RowCount, c.Length));
        }
        catch (QueryException)
        {
        }
    }

    private static string Mutate(string query, int[] edits)
    {
        var text = new StringBuilder(query);
        // A few edits only, so that most mutants still compile and reach the engine.
        foreach (int edit in (edits ?? []).Take(3))
        {
            uint e = (uint)edit;
            int pos = text.Length == 0 ? 0 : (int)(e / 3 % (uint)text.Length);
            string fragment = Fragments[(int)(e / 11 % (uint)Fragments.Length)];
            switch (e % 3)
            {
                case 0: text.Insert(pos, fragment); break;
                case 1 when text.Length > 0: text.Remove(pos, Math.Min(text.Length - pos, 1 + (int)(e % 4))); break;
                default: text.Append(fragment); break;
            }
        }
        return text.ToString();
    }
}
