namespace RmmHunt.Generator.Truth;

/// <summary>One row the seed rule's <c>summarize</c> must return; ReportIds sorted ascending (make_set has no order).</summary>
public sealed record ExpectedGroup(
    string DeviceId,
    string DeviceName,
    string RemoteUrl,
    DateTime FirstSeen,
    DateTime LastSeen,
    IReadOnlyList<long> ReportIds,
    long Count);
