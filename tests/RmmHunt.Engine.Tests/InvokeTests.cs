namespace RmmHunt.Engine.Tests;

public class InvokeTests
{
    [Fact]
    public void Invoke_passes_the_piped_table_as_the_first_parameter()
    {
        var rows = Kusto.Run("""
            let Top = (T:(x:long), n:long) { T | top n by x };
            range x from 1 to 10 step 1 | invoke Top(3) | project x
            """).Text();
        Assert.Equal(["10", "9", "8"], rows);
    }

    [Fact]
    public void FileProfile_adds_its_columns_empty_and_says_why()
    {
        var compilation = Kql.KqlCompilation.Compile("print SHA1 = 'abc' | invoke FileProfile(SHA1, 1000) | project SHA1, GlobalPrevalence, Signer",
            new Kql.Symbols.SchemaSet([]));
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
        Assert.Contains(compilation.Diagnostics, d => d.Message.Contains("Microsoft's cloud"));
        Assert.Equal(["abc||"], Kusto.Run("print SHA1 = 'abc' | invoke FileProfile(SHA1, 1000) | project SHA1, GlobalPrevalence, Signer").Text());
    }

    [Fact]
    public void FileProfile_of_a_missing_column_is_an_error()
    {
        Assert.Contains("unknown column 'SHA256'", Kusto.Errors("print SHA1 = 'abc' | invoke FileProfile(SHA256)"));
    }
}
