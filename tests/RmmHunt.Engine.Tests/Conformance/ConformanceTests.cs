using RmmHunt.Engine.Execution;
using Xunit.Abstractions;

namespace RmmHunt.Engine.Tests.Conformance;

/// <summary>
/// Runs the documentation's examples whose operators and functions are all supported and compares
/// their output with what the docs print (see reference/kql/conformance/README.md).
/// </summary>
public class ConformanceTests(ITestOutputHelper output)
{
    /// <summary>In-scope cases that are not run, each with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> Skipped = new Dictionary<string, string>
    {
        ["pattern-statement-7"] = "uses a 'declare pattern' statement; the manifest lists it only as <udf>",
        ["project-by-names-operator-1"] = "uses project-by-names, which the manifest tokenises as 'project'",
        ["project-by-names-operator-2"] = "uses project-by-names, which the manifest tokenises as 'project'",
        ["project-by-names-operator-3"] = "uses project-by-names, which the manifest tokenises as 'project'",
        ["strlen-function-3"] = "doc typo: header 'length' but the query does not name the column (Kusto names it print_0)",
        ["bin-function-2"] = "doc typo: prints the timespan 14.00:00:00 as '14:00:00:00'",
        ["scalar-data-types-string-3"] = "the doc prints the no-break space of \"Hello\\u00A0World\" as a plain space",
        ["trim-end-function-2"] = "doc example is incomplete: it uses x, which the query never defines (five output rows come from a missing range)",
        ["range-operator-2"] = "doc output shows 7 of the 10 rows (from 2024-01-04); the two ranges have 5 days each",
        ["replace-string-function-2"] = "the doc prints tostring(x) of a long range value as '1.000000'; tostring of a long has no decimals",
        ["replace-regex-function-1"] = "the doc prints tostring(x) of a long range value as '1.000000'; tostring of a long has no decimals",
        ["isfinite-function-1"] = "the doc prints the infinities as ∞ and -∞ and the bool results as 0",
        ["base64-decode-toguid-function-1"] = "doc example disagrees with base64_encode_fromguid's: its bytes 26 96 e9 10 2b bc 75 4c ... are the GUID 10e99626-bc2b-4c75-..., not -754c-",
        ["extract-all-function-3"] = "doc typo: header 'ID' but the query names the column Id",
        ["extract-all-function-4"] = "doc typo: header 'ID' but the query names the column Id",
        ["extract-all-function-5"] = "doc typo: header 'ID' but the query names the column Id",
        ["split-function-1"] = "doc typo: header 'print4' for the fifth print column (print_4)",
        ["tohex-function-1"] = "doc typo: header 'print_04' for the fifth print column (print_4)",
        ["array-sort-asc-function-1"] = "sorts two arrays together (one output column per array), a form not supported",
        ["array-sort-desc-function-1"] = "sorts two arrays together (one output column per array), a form not supported",
        ["geo-info-from-ip-address-function-1"] = "IP geolocation is a cloud service: offline the function returns an empty bag, with a warning",
        ["max-of-function-2"] = "doc typo: header 'result' but the query does not name the column (Kusto names it Column1)",
        ["cos-function-1"] = "doc typo: header 'result' but the query does not name the column (Kusto names it print_0)",
        ["sin-function-1"] = "doc typo: header 'result' but the query does not name the column (Kusto names it print_0)",
        ["parse-url-function-1"] = "the doc prints \"Query Parameters\" as a quoted string and the Path without its leading '/'; Kusto returns a bag and \"/this/is/a/path\" (outputs quoted in microsoft/Kusto-Query-Language issue 112)",
        ["parse-url-query-function-1"] = "the doc prints the nested \"Query Parameters\" bag as a quoted string",
        ["range-function-5"] = "the doc prints the count 1048576 with thousands separators (1,048,576)",
        ["toguid-function-1"] = "doc typo: the output row says \"a string that isn't a guid\" but the input is \"a string that is not a guid\"",
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in ConformanceCase.InScope.Where(c => !Skipped.ContainsKey(c.Name))) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Documented_output(string name)
    {
        var c = ConformanceCase.InScope.Single(x => x.Name == name);
        string? problem = Check(c);
        Assert.True(problem is null, $"{c.Name} ({c.DocUrl}):\n{c.Query}\n{problem}");
    }

    [Fact]
    public void Every_skipped_case_is_in_scope_has_a_reason_and_still_differs()
    {
        foreach (var (name, reason) in Skipped)
        {
            var c = Assert.Single(ConformanceCase.InScope, c => c.Name == name);
            Assert.False(string.IsNullOrWhiteSpace(reason));
            // A skipped case that starts to match belongs back in the run.
            Assert.True(Check(c) is not null, $"{name} passes now; remove it from the skip list");
        }
    }

    [Fact]
    public void Summary()
    {
        int passed = 0;
        var failed = new List<string>();
        foreach (var c in ConformanceCase.InScope.Where(c => !Skipped.ContainsKey(c.Name)))
        {
            if (Check(c) is { } problem) failed.Add($"{c.Name}: {problem.Split('\n')[0]}");
            else passed++;
        }
        output.WriteLine($"conformance: {ConformanceCase.All.Count} cases, {ConformanceCase.InScope.Count} in scope: {passed} passed, {failed.Count} failed, {Skipped.Count} skipped");
        foreach (var f in failed) output.WriteLine("  FAIL " + f);
        foreach (var (name, reason) in Skipped) output.WriteLine($"  SKIP {name}: {reason}");
        Assert.True(ConformanceCase.InScope.Count >= 40, "the in-scope filter lost cases");
        Assert.Empty(failed);
    }

    private static string? Check(ConformanceCase c)
    {
        ResultTable result;
        try
        {
            result = Kusto.Run(c.Query);
        }
        catch (Exception e) when (e is InvalidOperationException or QueryException)
        {
            return e.Message;
        }
        bool sets = c.Notes.Contains("set/any aggregate", StringComparison.Ordinal);
        return ResultComparer.Compare(result, c.Expected, c.Ordered, sets);
    }
}
