using System.Globalization;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Tests.Support;

/// <summary>Turns a parsed CSV record back into the columns the truth looks at.</summary>
internal static class ParsedEvent
{
    public static NetworkEvent From(Dictionary<string, string> row) => new()
    {
        Timestamp = DateTime.Parse(row["Timestamp"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        DeviceId = row["DeviceId"],
        DeviceName = row["DeviceName"],
        RemoteIP = Text(row["RemoteIP"]),
        RemotePort = row["RemotePort"] is "" ? null : int.Parse(row["RemotePort"], CultureInfo.InvariantCulture),
        RemoteUrl = Text(row["RemoteUrl"]),
        InitiatingProcessFileName = Text(row["InitiatingProcessFileName"]),
        InitiatingProcessVersionInfoCompanyName = Text(row["InitiatingProcessVersionInfoCompanyName"]),
        InitiatingProcessVersionInfoProductName = Text(row["InitiatingProcessVersionInfoProductName"]),
        InitiatingProcessCommandLine = Text(row["InitiatingProcessCommandLine"]),
        InitiatingProcessParentFileName = Text(row["InitiatingProcessParentFileName"]),
        InitiatingProcessAccountName = Text(row["InitiatingProcessAccountName"]),
        ReportId = long.Parse(row["ReportId"], CultureInfo.InvariantCulture),
        Category = "parsed",
    };

    private static string? Text(string value) => value.Length == 0 ? null : value;
}
