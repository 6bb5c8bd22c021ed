using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Truth;

/// <summary>
/// The seed hunt "Remote Management and Monitoring tool - ServerEye - Network Connection", re-stated as
/// plain C# predicates for the ground truth (the query text is kept only for reference and reports).
/// </summary>
public static class ServerEyeNetworkRule
{
    public const string Id = "8f8aa8e8-90a1-43cf-852c-ba54c63a973d";
    public const string Name = "Remote Management and Monitoring tool - ServerEye - Network Connection";
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(5);

    public const string Query = """
        let Time_start = now(-5d);
        let Time_end = now();
        //
        DeviceNetworkEvents
        | where Timestamp between (Time_start..Time_end)
        | where RemoteUrl has 'server-eye.de'
        and InitiatingProcessVersionInfoCompanyName has 'Krämer IT Solutions GmbH'
        and InitiatingProcessVersionInfoProductName has_any (
        'ServerEye',
        'Server-Eye'
        )
        | summarize FirstSeen=min(Timestamp), LastSeen=max(Timestamp),
        Report=make_set(ReportId), Count=count() by DeviceId, DeviceName,
        RemoteUrl
        """;

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
