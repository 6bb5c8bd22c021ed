namespace RmmHunt.Hunting.Exclusions;

/// <summary>How a filter field's value is compared with its column.</summary>
internal enum FilterMatch
{
    /// <summary>Case-insensitive equality (<c>=~</c>), for names.</summary>
    EqualsIgnoreCase,

    /// <summary>Case-insensitive substring (<c>contains</c>), for command lines.</summary>
    Contains,

    /// <summary>A network list of the file (CIDR ranges), an IPv4 range, or one address.</summary>
    Address,

    /// <summary>Integer equality.</summary>
    Port,
}

/// <summary>
/// A field of the filter language and the Defender column it reads. The columns are those of
/// DeviceNetworkEvents; DeviceEvents has all of them, DeviceProcessEvents and DeviceFileEvents the
/// process ones (an exclusion that needs a column its table lacks does not apply there).
/// </summary>
internal sealed record FilterField(string Name, string Column, FilterMatch Match)
{
    public static IReadOnlyDictionary<string, FilterField> Known { get; } = new[]
    {
        new FilterField("process.name", "InitiatingProcessFileName", FilterMatch.EqualsIgnoreCase),
        new FilterField("process.parent_process_name", "InitiatingProcessParentFileName", FilterMatch.EqualsIgnoreCase),
        new FilterField("process.user", "InitiatingProcessAccountName", FilterMatch.EqualsIgnoreCase),
        new FilterField("process.command_line", "InitiatingProcessCommandLine", FilterMatch.Contains),
        new FilterField("network.destination_ip", "RemoteIP", FilterMatch.Address),
        new FilterField("network.destination_port", "RemotePort", FilterMatch.Port),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);
}
