using RmmHunt.Kql.Symbols;
using RmmHunt.Testing;

namespace RmmHunt.Hunting.Tests;

/// <summary>Paths of the reference rules and fixtures, and Defender table schemas read from the reference CSVs.</summary>
internal static class TestData
{
    public const string SeedRuleId = "8f8aa8e8-90a1-43cf-852c-ba54c63a973d";

    public static string RmmReference => Path.Combine(RepoPaths.Reference, "rmm");

    public static string SentinelRmm => Path.Combine(RmmReference, "Azure__Azure-Sentinel", "Hunting Queries", "Microsoft 365 Defender", "RemoteManagementMonitoring");

    /// <summary>The seed rule, properly indented.</summary>
    public static string SeedRule => Path.Combine(SentinelRmm, "rmm_ServerEye_netconn.yaml");

    public static string Sunburst => Path.Combine(RmmReference, "Azure__Azure-Sentinel", "Solutions", "Microsoft Defender XDR", "Analytic Rules", "SolarWinds_SUNBURST_Network-IOCs.yaml");

    public static string Jischell => Path.Combine(RmmReference, "jischell-msft__RemoteManagementMonitoringTools");

    public static string JischellServerEye => Path.Combine(Jischell, "RMM", "ServerEye");

    public static string SeedExclusions => Path.Combine(AppContext.BaseDirectory, "Fixtures", "servereye-exclusions.yaml");

    private static readonly Dictionary<string, TableSchema> Schemas = [];

    /// <summary>A Defender table's schema from <c>reference/data/schema/&lt;table&gt;.defender.csv</c> (column,type,description).</summary>
    public static TableSchema Defender(string table)
    {
        lock (Schemas)
        {
            if (Schemas.TryGetValue(table, out var cached)) return cached;
            var columns = File.ReadLines(Path.Combine(RepoPaths.Reference, "data", "schema", table + ".defender.csv"))
                .Skip(1)
                .Where(line => line.Length > 0)
                .Select(line => line.Split(',', 3))
                .Select(parts => new ColumnSymbol(parts[0], KqlTypes.TryParse(parts[1], out var type) ? type : throw new InvalidDataException($"{table}: unknown type {parts[1]}")))
                .ToList();
            return Schemas[table] = new TableSchema(table, columns);
        }
    }
}
