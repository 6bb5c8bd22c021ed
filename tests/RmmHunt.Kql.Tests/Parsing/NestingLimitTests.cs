using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Parsing;

/// <summary>Pathologically deep queries get one diagnostic instead of a stack overflow (which would kill the process).</summary>
public class NestingLimitTests
{
    private const int Deep = 10_000;

    public static TheoryData<string, string> DeepQueries => new()
    {
        { "parentheses", "print x = " + new string('(', Deep) + "1" + new string(')', Deep) },
        { "unary minus", "print x = " + new string('-', Deep) + "1" },
        { "minus and parentheses", "print x = " + string.Concat(Enumerable.Repeat("-(", Deep)) + "1" + new string(')', Deep) },
        { "function calls", "print x = " + string.Concat(Enumerable.Repeat("not(", Deep)) + "true" + new string(')', Deep) },
        { "dynamic arrays", "print x = dynamic(" + new string('[', Deep) + new string(']', Deep) + ")" },
        { "member access chain", "print x = d" + string.Concat(Enumerable.Repeat(".a", Deep)) },
        { "index chain", "print x = d" + string.Concat(Enumerable.Repeat("[0]", Deep)) },
        { "addition chain", "print x = 1" + string.Concat(Enumerable.Repeat(" + 1", Deep)) },
        { "or chain", "print x = true" + string.Concat(Enumerable.Repeat(" or true", Deep)) },
        { "comparison chain", "print x = 1" + string.Concat(Enumerable.Repeat(" < 1", Deep)) },
        { "pipes", "print x = 1" + string.Concat(Enumerable.Repeat(" | where true", Deep)) },
        { "mv-apply subqueries", "print d = dynamic([1])" + string.Concat(Enumerable.Repeat(" | mv-apply x = d on (", Deep)) + "take 1" + new string(')', Deep) },
        { "functions declared in function bodies", string.Concat(Enumerable.Repeat("let f = () { ", Deep)) + "print x = 1" + string.Concat(Enumerable.Repeat(" }; f()", Deep)) },
        { "views declared in function bodies", string.Concat(Enumerable.Repeat("let v = view () { ", Deep)) + "print x = 1" + string.Concat(Enumerable.Repeat(" }; v", Deep)) },
    };

    [Theory]
    [MemberData(nameof(DeepQueries))]
    public void Deep_nesting_is_a_single_limit_diagnostic(string kind, string query)
    {
        var errors = Errors(query);
        var error = Assert.Single(errors);
        Assert.True(error.Code == DiagnosticCodes.Limit, $"{kind}: {error.Message}");
    }

    [Theory]
    [InlineData("let f = (x:long) { f(x) }; print y = f(1)")]
    [InlineData("let f = (x:long) { g(x) }; let g = (x:long) { f(x) }; print y = f(1)")]
    [InlineData("let T = () { T() | take 1 }; T()")]
    public void A_recursive_function_is_a_limit_error_not_a_stack_overflow(string query)
    {
        // Deciding whether the function's result is a table used to follow the recursion until the stack overflowed.
        var error = Assert.Single(Errors(query));
        Assert.Equal(DiagnosticCodes.Limit, error.Code);
        Assert.Contains("calls itself", error.Message);
    }

    [Fact]
    public void Nesting_within_the_limit_compiles()
    {
        int depth = Parser.MaxDepth / 4;
        var compilation = Compile("print x = " + new string('(', depth) + "1" + new string(')', depth));
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
    }

    [Fact]
    public void Chains_as_long_as_real_rules_compile()
    {
        // Real rules chain a hundred 'or' terms (sql-server-abuse in the corpus has 91).
        var terms = Enumerable.Range(0, 300).Select(i => $"FileName has 'tool{i}.exe'");
        var compilation = Compile("DeviceProcessEvents | where " + string.Join(" or ", terms));
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
    }

    [Fact]
    public void A_chain_of_scalar_lets_that_grows_too_deep_is_a_limit_error_at_the_let()
    {
        var text = new System.Text.StringBuilder("let a0 = 1;\n");
        for (int i = 1; i <= 5000; i++) text.Append($"let a{i} = a{i - 1} + 1;\n");
        text.Append("print x = a5000");
        var compilation = Compile(text.ToString());
        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal(DiagnosticCodes.Limit, error.Code);
        // The let that first goes past the limit is named, and the error points at its name.
        Assert.Contains("'a1000'", error.Message);
        Assert.Equal((1001, 5), compilation.Source.LocationOf(error.Span.Start));
    }

    [Fact]
    public void A_chain_of_tabular_lets_that_grows_too_deep_is_a_limit_error()
    {
        var text = new System.Text.StringBuilder("let T0 = DeviceInfo;\n");
        for (int i = 1; i <= 5000; i++) text.Append($"let T{i} = T{i - 1} | where DeviceId != '';\n");
        text.Append("T5000 | count");
        var error = Assert.Single(Errors(text.ToString()));
        Assert.Equal(DiagnosticCodes.Limit, error.Code);
    }
}
