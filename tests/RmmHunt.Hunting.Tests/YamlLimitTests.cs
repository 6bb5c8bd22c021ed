using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Yaml;

namespace RmmHunt.Hunting.Tests;

/// <summary>Hostile files are refused with a clear error, never a crash or runaway memory.</summary>
public class YamlLimitTests
{
    private static RuleLoadError Refused(string yaml, YamlLimits? limits = null)
    {
        var result = RuleLoader.Parse(yaml, "rule.yaml", new RuleLoadOptions { Limits = limits ?? YamlLimits.Default });
        Assert.Empty(result.Rules);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Deep_flow_nesting()
    {
        var error = Refused("id: x\nquery: " + new string('[', 200_000) + new string(']', 200_000) + "\n");

        Assert.Equal((HuntingCodes.YamlLimit, 2, 39), (error.Code, error.Line, error.Column));
        Assert.Contains("nested more than 32 levels", error.Message);
    }

    [Fact]
    public void Deep_block_nesting()
    {
        var yaml = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + "k:\n"));

        Assert.Contains("nested more than 32 levels", Refused(yaml).Message);
    }

    [Fact]
    public void Huge_scalar()
    {
        var error = Refused("id: x\nquery: " + new string('a', 1000) + "\n", new YamlLimits { MaxScalarChars = 999 });

        Assert.Equal((HuntingCodes.YamlLimit, 2, 8), (error.Code, error.Line, error.Column));
        Assert.Equal("a value of 1000 characters is longer than the limit of 999", error.Message);
    }

    [Fact]
    public void Huge_file()
    {
        var error = Refused("id: x\nquery: T\n", new YamlLimits { MaxFileChars = 10 });

        Assert.Equal((HuntingCodes.YamlLimit, 0), (error.Code, error.Line));
        Assert.Equal("rule.yaml: error YAML002: the file has 15 characters, more than the limit of 10", error.ToString());
    }

    [Fact]
    public void Too_many_values()
    {
        var yaml = "id: x\nquery: T\ntags: [" + string.Join(",", Enumerable.Range(0, 1000)) + "]\n";

        Assert.Contains("more than 500 values", Refused(yaml, new YamlLimits { MaxNodes = 500 }).Message);
    }

    [Fact]
    public void Billion_laughs_is_refused_at_the_first_alias()
    {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "id: x\nquery: T\n";

        var error = Refused(yaml);

        Assert.Equal((HuntingCodes.YamlAlias, 2, 8), (error.Code, error.Line, error.Column));
    }
}
