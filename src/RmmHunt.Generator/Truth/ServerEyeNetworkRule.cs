using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Truth;

/// <summary>
/// The seed hunt "Remote Management and Monitoring tool - ServerEye - Network Connection", re-stated as
/// plain C# predicates for the ground truth, with its query text for what runs the rule itself.
/// </summary>
public static class ServerEyeNetworkRule
{
    public const string Id = "8f8aa8e8-90a1-43cf-852c-ba54c63a973d";
    public const string Name = "Remote Management and Monitoring tool - ServerEye - Network Connection";
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(5);

    /// <summary>
    /// The query of <c>rules/seed/rmm_ServerEye_netconn.yaml</c> line by line, as the YAML block gives it
    /// (indentation of the block removed, trailing spaces kept); a test holds it to the file. Tests and
    /// benchmarks that run the seed rule take it from here.
    /// </summary>
    public static readonly IReadOnlyList<string> QueryLines =
    [
        "let Time_start = now(-5d);",
        "let Time_end = now();",
        "//",
        "DeviceNetworkEvents",
        "| where Timestamp between (Time_start..Time_end)",
        "| where RemoteUrl has 'server-eye.de'",
        "    and InitiatingProcessVersionInfoCompanyName has 'Krämer IT Solutions GmbH'",
        "    and InitiatingProcessVersionInfoProductName has_any (",
        "        'ServerEye', ",
        "        'Server-Eye'",
        "    )",
        "| summarize FirstSeen=min(Timestamp), LastSeen=max(Timestamp), ",
        "    Report=make_set(ReportId), Count=count() by DeviceId, DeviceName,",
        "    RemoteUrl ",
    ];

    /// <summary>The seed rule's query, unchanged.</summary>
    public static readonly string Query = string.Join("\n", QueryLines) + "\n";

    /// <summary><c>between (now(-5d)..now())</c> includes both ends.</summary>
    public static bool InWindow(DateTime timestamp, DateTime now) => timestamp >= now - Lookback && timestamp <= now;

    /// <summary>The three string conditions of the second <c>where</c>.</summary>
    public static bool MatchesStrings(string? remoteUrl, string? companyName, string? productName) =>
        KqlTerms.Has(remoteUrl, "server-eye.de")
        && KqlTerms.Has(companyName, "Krämer IT Solutions GmbH")
        && KqlTerms.HasAny(productName, "ServerEye", "Server-Eye");

    internal static bool Matches(NetworkEvent e, DateTime now) =>
        InWindow(e.Timestamp, now)
        && MatchesStrings(e.RemoteUrl, e.InitiatingProcessVersionInfoCompanyName, e.InitiatingProcessVersionInfoProductName);
}
