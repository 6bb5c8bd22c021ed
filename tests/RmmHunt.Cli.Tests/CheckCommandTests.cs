namespace RmmHunt.Cli.Tests;

/// <summary><c>rmmhunt check</c>: queries and rules checked against the built-in schemas, without data.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rmmhunt-check-" + Guid.NewGuid().ToString("N"));

    public CheckCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_built_in_rule_pack_passes()
    {
        var run = Rmmhunt.Run("check", "rules");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("OK    rules", run.Stdout.Replace('\\', '/'));
        // The seed rule and the generated RMM pack, every one of them.
        var summary = Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Stdout.ReplaceLineEndings("\n"), @"\n(\d+) passed, 0 failed\n$"));
        Assert.True(int.Parse(summary.Groups[1].Value) > 500, summary.Value);
    }

    [Fact]
    public void A_directory_is_checked_recursively_with_each_problem_located_and_a_summary()
    {
        Write("good.kql", "DeviceLogonEvents\n| where IsLocalAdmin\n| summarize count() by DeviceName\n");
        // Two queries one after another, as published files hold a Sentinel and a Defender variant.
        Write("variants.kql", "DeviceRegistryEvents\n| where TimeGenerated > ago(1d)\n\nDeviceRegistryEvents\n| where Timestamp > ago(1d)\n");
        string typo = Write("sub/typo.kql", "IdentityLogonEvents\n| where Timestamp > ago(1d)\n| project AccountUpn, DevicName\n");
        string rule = Write("sub/deeper/rule.yaml", """
            id: 11111111-2222-3333-4444-555555555555
            name: Email with attachments
            query: |
              EmailEvents
              | where AttachmentCount > 0
              | where SenderAddress has "contoso"
            """);
        Write("notes.txt", "not checked");

        var run = Rmmhunt.Run("check", _folder);

        Assert.Equal(1, run.ExitCode);
        string output = run.Stdout;
        Assert.Contains("OK    " + Path.Combine(_folder, "good.kql"), output);
        Assert.Contains("OK    " + Path.Combine(_folder, "variants.kql"), output);
        Assert.Contains("FAIL  " + typo, output);
        Assert.Contains($"{typo}:3:23: error KQL031: unknown column 'DevicName'", output);
        Assert.Contains("did you mean 'DeviceName'", output);
        Assert.Contains("  | project AccountUpn, DevicName\n" + new string(' ', 2 + 22) + "^^^^^^^^^\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("FAIL  " + rule, output);
        Assert.Contains($"{rule}:6:11: error KQL031: unknown column 'SenderAddress'", output);
        Assert.DoesNotContain("notes.txt", output);
        Assert.EndsWith("2 passed, 2 failed\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unsupported_construct_is_named()
    {
        string file = Write("facet.kql", "DeviceProcessEvents\n| facet by FileName\n");
        var run = Rmmhunt.Run("check", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:2:3: error KQL020: the 'facet' operator is not supported", run.Stdout);
        Assert.Contains("0 passed, 1 failed", run.Stdout);
    }

    [Fact]
    public void A_warning_does_not_fail_the_file()
    {
        string file = Write("assign.kql", "DeviceEvents\n| where IsAudit = true\n");
        var run = Rmmhunt.Run("check", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning KQL070", run.Stdout);
        Assert.Contains("1 passed, 0 failed", run.Stdout);
    }

    [Fact]
    public void A_missing_path_is_an_input_error()
    {
        var run = Rmmhunt.Run("check", "rules", Path.Combine(_folder, "missing.kql"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("missing.kql: error: no such file", run.Stdout);
        Assert.Matches(@"\d+ passed, 1 failed", run.Stdout);
    }
}
