namespace RmmHunt.Cli.Tests;

/// <summary>externaldata reads only local copies the user names; an unmapped URL is an error that says how to map it.</summary>
public class ExternalDataTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rmmhunt-ext-").FullName;

    private const string Url = "https://example.com/iocs/domains.csv";

    private static string Query => $"""
        let Iocs = externaldata (Domain:string, Score:long) [@"{Url}"] with (format="csv", ignoreFirstRecord=true);
        Iocs | where Score > 5 | project Domain
        """;

    [Fact]
    public void Unmapped_url_fails_with_a_message_naming_it()
    {
        var run = Rmmhunt.Run("query", Query, "--data", Rmmhunt.SampleCsv);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Url, run.Stderr);
        Assert.Contains("--externaldata", run.Stderr);
    }

    [Fact]
    public void Mapped_url_is_read_from_the_local_file()
    {
        string file = Path.Combine(_dir, "iocs.csv");
        File.WriteAllText(file, "Domain,Score\nevil.example,9\n\"quoted, name\",7\nok.example,1\n");
        var run = Rmmhunt.Run("query", Query, "--data", Rmmhunt.SampleCsv, "--externaldata", $"{Url}={file}", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("Domain\r\nevil.example\r\n\"quoted, name\"\r\n", run.Stdout);
    }

    [Fact]
    public void A_directory_of_copies_is_searched_by_file_name()
    {
        File.WriteAllText(Path.Combine(_dir, "domains.csv"), "Domain,Score\nevil.example,9\n");
        var run = Rmmhunt.Run("query", Query, "--data", Rmmhunt.SampleCsv, "--externaldata", _dir, "--format", "csv");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("Domain\r\nevil.example\r\n", run.Stdout);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
