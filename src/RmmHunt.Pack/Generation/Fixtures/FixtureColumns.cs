namespace RmmHunt.Pack.Generation.Fixtures;

/// <summary>
/// The columns each fixture file holds: which rule and case a row belongs to and what is expected,
/// then the Defender columns the pack's rules filter on and group by (others, such as hashes and paths, read as empty). Fixture files are
/// ordinary Defender CSV exports with three extra columns, so any rule can have fixtures.
/// </summary>
public static class FixtureColumns
{
    public const string Rule = "FixtureRule";
    public const string Case = "FixtureCase";
    public const string Expect = "FixtureExpect";
    public const string ExpectMatch = "match";
    public const string ExpectNoMatch = "no-match";

    public static IReadOnlyList<string> Control { get; } = [Rule, Case, Expect];

    public static IReadOnlyList<string> Of(RuleKind kind)
    {
        if (kind == RuleKind.Network)
            return [.. Control, "Timestamp", "DeviceId", "DeviceName", "ActionType", "RemoteIP", "RemotePort", "RemoteUrl",
                "InitiatingProcessFileName",
                "InitiatingProcessVersionInfoCompanyName", "InitiatingProcessVersionInfoProductName",
                "InitiatingProcessAccountDomain", "InitiatingProcessAccountName", "ReportId"];
        if (kind == RuleKind.Process)
            return [.. Control, "Timestamp", "DeviceId", "DeviceName", "ActionType", "FileName",
                "ProcessVersionInfoCompanyName", "ProcessVersionInfoProductName", "ProcessVersionInfoOriginalFileName",
                "AccountDomain", "AccountName", "ReportId"];
        return [.. Control, "Timestamp", "DeviceId", "DeviceName", "SHA1", "Signer", "ReportId"];
    }
}
