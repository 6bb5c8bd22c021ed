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

    [Fact]
    public void A_url_that_names_a_file_outside_the_folder_of_copies_is_not_read()
    {
        // The URL's last segment decodes to ../secret.csv: the copy would be read from beside the folder.
        string copies = Directory.CreateDirectory(Path.Combine(_dir, "copies")).FullName;
        File.WriteAllText(Path.Combine(_dir, "secret.csv"), "Domain,Score\nsecret.example,9\n");
        const string Sneaky = "https://example.com/iocs/..%2fsecret.csv";
        var run = Rmmhunt.Run("query", Query.Replace(Url, Sneaky), "--data", Rmmhunt.SampleCsv, "--externaldata", copies, "--format", "csv");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no local copy", run.Stderr);
        Assert.DoesNotContain("secret.example", run.Stdout);
    }

    [Fact]
    public void Nothing_is_fetched_from_the_network()
    {
        // A server the URL points at: a fetch would connect to it.
        var server = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        server.Start();
        try
        {
            string url = $"http://127.0.0.1:{((System.Net.IPEndPoint)server.LocalEndpoint).Port}/iocs/domains.csv";
            var run = Rmmhunt.Run("query", Query.Replace(Url, url), "--data", Rmmhunt.SampleCsv);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains(url, run.Stderr);
            Assert.Contains("nothing is fetched from the network", run.Stderr);
            Assert.False(server.Pending(), "rmmhunt connected to the URL");
        }
        finally
        {
            server.Stop();
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
