using RmmHunt.Hunting.Exclusions;

namespace RmmHunt.Hunting.Tests;

/// <summary>Exclusions written in KQL, scoped to a tool, with an owner, a reason and an expiry date.</summary>
public class ExclusionFormTests
{
    [Fact]
    public void A_kql_exclusion_removes_what_its_predicate_matches()
    {
        var set = ExclusionSet.Parse("""
            exclusions:
              - id: syslog
                kql: RemotePort == 514
                tools: [AnyDesk]
                owner: soc@contoso.com
                reason: the log collector forwards to the syslog relay
            """, "x.yaml");
        Assert.False(set.HasErrors, string.Join("\n", set.Errors));
        var exclusion = set.Exclusions.Single();
        Assert.Equal((ExclusionForm.Kql, "soc@contoso.com", "the log collector forwards to the syslog relay"), (exclusion.Form, exclusion.Owner, exclusion.Reason));
        Assert.Equal(["RemotePort"], exclusion.Columns);

        var hunt = HuntScenario.Run(set);

        Assert.Equal(["hd-pc-01.corp.contoso.com=2", "srv-app01.corp.contoso.com=1"], HuntScenario.Rows(hunt, "r-anydesk"));
        Assert.Equal(1, hunt.Rules.Single(r => r.Rule.Id == "r-anydesk").SuppressedEvents);
    }

    [Fact]
    public void Tool_scope_applies_only_to_that_tools_rules()
    {
        var set = ExclusionSet.Parse("""
            exclusions:
              - id: helpdesk
                kql: DeviceName startswith 'hd-'
                tools: [any-desk]
            """, "x.yaml");

        var hunt = HuntScenario.Run(set);

        Assert.Equal(2, HuntScenario.Rows(hunt, "r-anydesk").Length); // tool names compare by letters and digits
        Assert.Equal(["hd-pc-01.corp.contoso.com=1"], HuntScenario.Rows(hunt, "r-teamviewer"));
        Assert.Empty(set.CheckTools(["AnyDesk", "TeamViewer"]));
        Assert.Single(ExclusionSet.Parse("exclusions:\n  - id: a\n    kql: 'true'\n    tools: [Nope]\n", "x.yaml").CheckTools(["AnyDesk"]));
    }

    [Fact]
    public void An_expired_exclusion_is_not_applied()
    {
        var set = ExclusionSet.Parse("""
            exclusions:
              - id: old
                kql: RemotePort == 514
                rules: ['*']
                expires: 2024-10-01T12:00:00Z
            """, "x.yaml");
        Assert.Equal(new DateTime(2024, 10, 1, 12, 0, 0, DateTimeKind.Utc), set.Exclusions.Single().Expires);

        var hunt = HuntScenario.Run(set);

        Assert.Equal(0, hunt.Rules.Sum(r => r.SuppressedEvents));
        Assert.Single(hunt.Warnings, w => w.Contains("EXCL013"));
        // Before it expires it applies (the rules' look-back still covers the rows).
        var earlier = HuntScenario.Run(set, now: new DateTime(2024, 10, 1, 11, 0, 0, DateTimeKind.Utc));
        Assert.DoesNotContain(earlier.Warnings, w => w.Contains("EXCL013"));
    }

    [Theory]
    [InlineData("    kql: RemotePort ==\n    rules: ['*']\n", HuntingCodes.ExclusionKqlSyntax, 3, 23)]
    [InlineData("    kql: RemotePort == 1\n    filter: 'process.name:\"x\"'\n    rules: ['*']\n", HuntingCodes.ExclusionMissingField, 4, 13)]
    [InlineData("    kql: RemotePort == 1\n", HuntingCodes.ExclusionMissingField, 2, 5)]
    [InlineData("    kql: RemotePort == 1\n    rules: ['*']\n    expires: next week\n", HuntingCodes.ExclusionInvalidDate, 5, 14)]
    public void Mistakes_point_into_the_file(string fields, string code, int line, int column)
    {
        var set = ExclusionSet.Parse("exclusions:\n  - id: x\n" + fields, "x.yaml");
        var error = Assert.Single(set.Errors, e => e.IsError);
        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
    }
}
