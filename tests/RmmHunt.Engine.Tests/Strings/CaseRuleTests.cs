namespace RmmHunt.Engine.Tests.Strings;

/// <summary>Which string operators ignore case; https://learn.microsoft.com/kusto/query/datatypes-string-operators</summary>
public class CaseRuleTests
{
    [Theory]
    [InlineData("'Abc' == 'abc'", false)]
    [InlineData("'Abc' == 'Abc'", true)]
    [InlineData("'Abc' != 'abc'", true)]
    [InlineData("'Abc' =~ 'aBC'", true)]
    [InlineData("'Abc' !~ 'aBC'", false)]
    [InlineData("'Abc' !~ 'abd'", true)]
    [InlineData("'PowerShell.exe' contains 'shell'", true)]
    [InlineData("'PowerShell.exe' contains_cs 'shell'", false)]
    [InlineData("'PowerShell.exe' contains_cs 'Shell'", true)]
    [InlineData("'PowerShell.exe' !contains 'SHELL'", false)]
    [InlineData("'PowerShell.exe' !contains_cs 'shell'", true)]
    [InlineData("'PowerShell.exe' startswith 'power'", true)]
    [InlineData("'PowerShell.exe' startswith_cs 'power'", false)]
    [InlineData("'PowerShell.exe' !startswith 'power'", false)]
    [InlineData("'PowerShell.exe' endswith '.EXE'", true)]
    [InlineData("'PowerShell.exe' endswith_cs '.EXE'", false)]
    [InlineData("'PowerShell.exe' !endswith_cs '.EXE'", true)]
    [InlineData("'PowerShell.exe' matches regex 'shell'", false)]
    [InlineData("'PowerShell.exe' matches regex '(?i)shell'", true)]
    [InlineData("'PowerShell.exe' matches regex @'l\\.e'", true)]
    public void Each_operator_has_its_case_rule(string expression, bool expected) =>
        Assert.Equal(expected, (bool)Kusto.Scalar(expression)!);

    /// <summary>The "Example (yields true)" column of the operator table of datatypes-string-operators.</summary>
    [Theory]
    [InlineData("\"aBc\" == \"aBc\"")]
    [InlineData("\"abc\" != \"ABC\"")]
    [InlineData("\"abc\" =~ \"ABC\"")]
    [InlineData("\"aBc\" !~ \"xyz\"")]
    [InlineData("\"FabriKam\" contains \"BRik\"")]
    [InlineData("\"Fabrikam\" !contains \"xyz\"")]
    [InlineData("\"FabriKam\" contains_cs \"Kam\"")]
    [InlineData("\"Fabrikam\" !contains_cs \"Kam\"")]
    [InlineData("\"Fabrikam\" endswith \"Kam\"")]
    [InlineData("\"Fabrikam\" !endswith \"brik\"")]
    [InlineData("\"Fabrikam\" endswith_cs \"kam\"")]
    [InlineData("\"Fabrikam\" !endswith_cs \"brik\"")]
    [InlineData("\"North America\" has \"america\"")]
    [InlineData("\"North America\" !has \"amer\"")]
    [InlineData("\"North and South America\" has_all(\"south\", \"north\")")]
    [InlineData("\"North America\" has_any(\"south\", \"north\")")]
    [InlineData("\"North America\" has_cs \"America\"")]
    [InlineData("\"North America\" !has_cs \"amer\"")]
    [InlineData("\"North America\" hasprefix \"ame\"")]
    [InlineData("\"North America\" !hasprefix \"mer\"")]
    [InlineData("\"North America\" hassuffix \"ica\"")]
    [InlineData("\"North America\" !hassuffix \"americ\"")]
    [InlineData("\"abc\" in (\"123\", \"345\", \"abc\")")]
    [InlineData("\"bca\" !in (\"123\", \"345\", \"abc\")")]
    [InlineData("\"Abc\" in~ (\"123\", \"345\", \"abc\")")]
    [InlineData("\"bCa\" !in~ (\"123\", \"345\", \"ABC\")")]
    [InlineData("\"Fabrikam\" matches regex \"b.*k\"")]
    [InlineData("\"Fabrikam\" startswith \"fab\"")]
    [InlineData("\"Fabrikam\" !startswith \"kam\"")]
    [InlineData("\"Fabrikam\" startswith_cs \"Fab\"")]
    [InlineData("\"Fabrikam\" !startswith_cs \"fab\"")]
    public void Documented_examples_yield_true(string expression) => Assert.True((bool)Kusto.Scalar(expression)!, expression);

    [Fact]
    public void Matches_regex_is_unanchored() => Assert.True((bool)Kusto.Scalar("'a cmd.exe b' matches regex @'cmd\\.exe'")!);

    [Fact]
    public void Equality_of_non_ascii_letters_is_case_sensitive_but_tilde_folds()
    {
        Assert.False((bool)Kusto.Scalar("'KRÄMER' == 'krämer'")!);
        Assert.True((bool)Kusto.Scalar("'KRÄMER' =~ 'krämer'")!);
    }

    [Fact]
    public void Tolower_and_toupper()
    {
        Assert.Equal("server-eye.de", Kusto.Scalar("tolower('SERVER-Eye.DE')"));
        Assert.Equal("KRÄMER", Kusto.Scalar("toupper('Krämer')"));
    }
}
