using RmmHunt.Kql.Syntax;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Parsing;

public class OperatorNameTests
{
    private static QueryOperator LastOperator(string query)
    {
        var text = Parse(query, out var diagnostics);
        Assert.Empty(diagnostics);
        return Assert.IsType<PipeExpr>(Assert.IsType<QueryStatement>(text.Statements[^1]).Query).Operator;
    }

    [Fact]
    public void Hyphenated_operators_are_one_name()
    {
        Assert.IsType<ProjectPatternOperator>(LastOperator("T | project-away a, b*"));
        Assert.Equal("project-keep", LastOperator("T | project-keep a").Name);
        Assert.IsType<ProjectRenameOperator>(LastOperator("T | project-rename b = a"));
        Assert.IsType<ProjectReorderOperator>(LastOperator("T | project-reorder b, a"));
        Assert.Equal("mv-expand", LastOperator("T | mv-expand d").Name);
        Assert.Equal("make-series", LastOperator("T | make-series count() on t step 1h").Name);
    }

    [Fact]
    public void A_hyphen_with_spaces_is_subtraction_not_an_operator_name()
    {
        var project = Assert.IsType<ProjectOperator>(LastOperator("T | project x = a - away"));
        var minus = Assert.IsType<BinaryExpr>(Assert.Single(project.Columns).Value);
        Assert.Equal("-", minus.Operator);
        Assert.NotEmpty(Errors("DeviceInfo | project -away DeviceId"));
    }

    [Theory]
    [InlineData("where", typeof(WhereOperator))]
    [InlineData("filter", typeof(WhereOperator))]
    [InlineData("sort", typeof(SortOperator))]
    [InlineData("order", typeof(SortOperator))]
    [InlineData("take", typeof(TakeOperator))]
    [InlineData("limit", typeof(TakeOperator))]
    public void Synonyms_parse_alike(string keyword, Type type)
    {
        string query = keyword switch
        {
            "where" or "filter" => $"T | {keyword} a > 1",
            "sort" or "order" => $"T | {keyword} by a",
            _ => $"T | {keyword} 5",
        };
        Assert.IsType(type, LastOperator(query));
    }

    [Fact]
    public void Sort_keys_keep_direction_and_null_placement()
    {
        var sort = Assert.IsType<SortOperator>(LastOperator("T | order by a asc nulls last, b desc, c"));
        Assert.Equal([false, true, null], sort.Keys.Select(k => k.Descending));
        Assert.Equal([false, null, null], sort.Keys.Select(k => k.NullsFirst));
    }

    [Fact]
    public void Precedence_and_binds_tighter_than_or_and_comparison_tighter_than_and()
    {
        var or = Assert.IsType<BinaryExpr>(Expression("a == 1 or b == 2 and c == 3"));
        Assert.Equal("or", or.Operator);
        var and = Assert.IsType<BinaryExpr>(or.Right);
        Assert.Equal("and", and.Operator);
        Assert.Equal("==", Assert.IsType<BinaryExpr>(and.Left).Operator);
    }

    [Fact]
    public void Multiplication_binds_tighter_than_addition()
    {
        var plus = Assert.IsType<BinaryExpr>(Expression("1 + 2 * 3"));
        Assert.Equal("+", plus.Operator);
        Assert.Equal("*", Assert.IsType<BinaryExpr>(plus.Right).Operator);
    }

    [Theory]
    [InlineData("a !has 'x'", "!has")]
    [InlineData("a !contains_cs 'x'", "!contains_cs")]
    [InlineData("a !startswith 'x'", "!startswith")]
    [InlineData("a matches regex 'x'", "matches regex")]
    [InlineData("a =~ 'x'", "=~")]
    [InlineData("a !~ 'x'", "!~")]
    [InlineData("a <> 1", "!=")]
    public void Negated_and_word_operators(string text, string op) =>
        Assert.Equal(op, Assert.IsType<BinaryExpr>(Expression(text)).Operator);

    [Theory]
    [InlineData("a in ('x', 'y')", "in")]
    [InlineData("a !in ('x')", "!in")]
    [InlineData("a in~ ('x')", "in~")]
    [InlineData("a !in~ ('x')", "!in~")]
    [InlineData("a has_any ('x')", "has_any")]
    [InlineData("a has_all ('x')", "has_all")]
    public void List_operators(string text, string op) =>
        Assert.Equal(op, Assert.IsType<ListOperatorExpr>(Expression(text)).Operator);

    [Fact]
    public void Unknown_operator_after_a_pipe_suggests_the_nearest()
    {
        var error = Assert.Single(Errors("DeviceInfo | projetc DeviceId"));
        Assert.Contains("unknown query operator 'projetc'", error.Message);
        Assert.Contains("did you mean 'project'", error.Message);
    }
}
