using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Policy;

namespace RmmHunt.Hunting.Tests.Policy;

/// <summary>
/// A sanctioned-tools policy suppresses a tool's activity on the devices it is sanctioned on, and counts
/// it; the same tool elsewhere, and every tool the policy does not name, still gives findings.
/// </summary>
public class SanctionedToolTests
{
    private const string Policy = """
        groups:
          helpdesk:
            devices: [HD-PC-01]
        sanctioned:
          - tool: AnyDesk
            groups: [helpdesk]
            patterns: ["srv-*"]
            owner: servicedesk@contoso.com
            reason: remote support
        """;

    [Fact]
    public void Sanctioned_activity_is_suppressed_and_counted_and_the_rest_reported()
    {
        var policy = SanctionPolicy.Parse(Policy, "policy.yaml");
        Assert.False(policy.HasErrors, string.Join("\n", policy.Errors));

        var hunt = HuntScenario.Run(policy);

        // AnyDesk on the help desk PC (short name in the policy, FQDN in the data) and on servers: suppressed.
        Assert.Equal(["ws-fin-07.corp.contoso.com=1"], HuntScenario.Rows(hunt, "r-anydesk"));
        var anydesk = hunt.Rules.Single(r => r.Rule.Id == "r-anydesk");
        Assert.Equal(3, anydesk.SuppressedEvents);
        Assert.Equal(("sanctioned:anydesk", 3L), (anydesk.Suppressions.Single().ExclusionId, anydesk.Suppressions.Single().Events));
        // TeamViewer is not sanctioned, on the same help desk PC: still a finding.
        Assert.Equal(["hd-pc-01.corp.contoso.com=1"], HuntScenario.Rows(hunt, "r-teamviewer"));
        Assert.Empty(hunt.Rules.Single(r => r.Rule.Id == "r-teamviewer").Suppressions);
    }

    [Fact]
    public void An_expired_sanction_stops_applying_and_is_warned_about()
    {
        var policy = SanctionPolicy.Parse(Policy + "\n    expires: 2024-10-05\n", "policy.yaml");

        var hunt = HuntScenario.Run(policy);

        Assert.Equal(3, HuntScenario.Rows(hunt, "r-anydesk").Length);
        Assert.Contains(hunt.Warnings, w => w.Contains("EXCL013") && w.Contains("expired on 2024-10-05") && w.Contains("servicedesk@contoso.com"));
        // The day it expires still counts: valid through 2024-10-06 with now on the 6th.
        Assert.Single(HuntScenario.Rows(HuntScenario.Run(SanctionPolicy.Parse(Policy + "\n    expires: 2024-10-07\n", "policy.yaml")), "r-anydesk"));
    }

    [Theory]
    [InlineData("hd-pc-01", "HD-PC-01.corp.contoso.com", true)]
    [InlineData("hd-pc-01", "hd-pc-011.corp.contoso.com", false)]
    [InlineData("hd-pc-01.corp.contoso.com", "hd-pc-01.other.example", false)]
    [InlineData("srv-*", "SRV-APP01.corp.contoso.com", true)]
    [InlineData("*-fin-??", "ws-fin-07.corp.contoso.com", true)]
    [InlineData("*-fin-??", "ws-fin-107.corp.contoso.com", false)]
    [InlineData("a.b(c)", "a.b(c)", true)]
    public void Device_names_and_patterns(string written, string deviceName, bool matches)
    {
        var set = new DeviceSet();
        if (written.Contains('*') || written.Contains('?')) set.AddPattern(written);
        else set.AddName(written);
        Assert.Equal(matches, set.Contains(deviceName));
    }

    [Fact]
    public void A_group_export_gives_its_device_members()
    {
        using var folder = new TempDirectory();
        folder.Write("members.csv", "id,displayName,objectType\n1,HD-PC-01,Device\n2,Alice Admin,User\n3,HD-PC-02,Device\n");
        folder.Write("ad.csv", "distinguishedName,name,objectClass,SamAccountName\nCN=SRV-APP01,SRV-APP01,computer,SRV-APP01$\nCN=Yves,Yves,user,yves\n");
        var policy = SanctionPolicy.Parse("""
            groups:
              entra: { export: members.csv }
              ad: { export: ad.csv }
            sanctioned:
              - tool: AnyDesk
                groups: [entra, ad]
            """, Path.Combine(folder.Path, "policy.yaml"));
        Assert.False(policy.HasErrors, string.Join("\n", policy.Errors));
        var sanction = Assert.Single(policy.Exclusions);
        Assert.Equal(ExclusionForm.Sanctioned, sanction.Form);
        Assert.Equal(["AnyDesk"], sanction.Tools);
        Assert.Contains("3 devices", sanction.Description);
        Assert.Equal(["ws-fin-07.corp.contoso.com=1"], HuntScenario.Rows(HuntScenario.Run(policy), "r-anydesk").Where(r => !r.StartsWith("hd-pc-01")).ToArray());
    }

    [Theory]
    [InlineData("sanctioned:\n  - tool: AnyDesk\n    groups: [nope]\n", HuntingCodes.PolicyUnknownGroup, 3, 14)]
    [InlineData("sanctioned:\n  - tool: AnyDesk\n", HuntingCodes.PolicyNoDevices, 2, 5)]
    [InlineData("sanctioned:\n  - tool: AnyDesk\n    devices: [a]\n    expires: someday\n", HuntingCodes.ExclusionInvalidDate, 4, 14)]
    [InlineData("groups:\n  g: { export: missing.csv }\nsanctioned:\n  - tool: AnyDesk\n    groups: [g]\n", HuntingCodes.PolicyExport, 2, 16)]
    public void Policy_errors_point_into_the_file(string yaml, string code, int line, int column)
    {
        var policy = SanctionPolicy.Parse(yaml, "policy.yaml");
        var error = Assert.Single(policy.Errors, e => e.IsError);
        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
        Assert.Empty(policy.Exclusions);
    }
}
