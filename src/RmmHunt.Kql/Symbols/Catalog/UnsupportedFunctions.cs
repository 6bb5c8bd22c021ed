namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>
/// KQL functions that exist in Kusto but are not implemented here, so that a query using one is told
/// "not supported" rather than "unknown function".
/// </summary>
public static class UnsupportedFunctions
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "materialize", "toscalar", "column_ifexists", "geo_info_from_ip_address", "FileProfile", "DeviceFromIP",
        "AssignedIPAddresses", "SeenBy", "ingestion_time", "cursor_after", "current_cluster_endpoint",
    };
}
