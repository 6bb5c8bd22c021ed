using System.Globalization;
using RmmHunt.Generator;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>The benchmark queries in KQL and their DuckDB equivalents.</summary>
internal static class Queries
{
    /// <summary>The seed rule, unchanged, as in rules/seed/rmm_ServerEye_netconn.yaml.</summary>
    public static readonly BenchQuery ServerEye = new("servereye", RmmHunt.Generator.Truth.ServerEyeNetworkRule.Query,
        (from, now) => $"""
        SELECT DeviceId, DeviceName, RemoteUrl, min(Timestamp) AS FirstSeen, max(Timestamp) AS LastSeen,
               list(DISTINCT ReportId) AS Report, count(*) AS Count
        FROM {from}
        WHERE Timestamp BETWEEN TIMESTAMP '{Sql(now.AddDays(-5))}' AND TIMESTAMP '{Sql(now)}'
          AND {Has("RemoteUrl", "server-eye.de")}
          AND {Has("InitiatingProcessVersionInfoCompanyName", "Krämer IT Solutions GmbH")}
          AND ({Has("InitiatingProcessVersionInfoProductName", "ServerEye")} OR {Has("InitiatingProcessVersionInfoProductName", "Server-Eye")})
        GROUP BY DeviceId, DeviceName, RemoteUrl
        """);

    /// <summary>A query without any string needle: every row must be read.</summary>
    public static readonly BenchQuery CountByDevice = new("count-by-device",
        "DeviceNetworkEvents | summarize Count = count() by DeviceName",
        (from, _) => $"SELECT DeviceName, count(*) AS Count FROM {from} GROUP BY DeviceName");

    /// <summary>
    /// KQL <c>has</c> as a regular expression: the needle, case-insensitive, with no letter or digit
    /// glued to either end (the needles here begin and end with one).
    /// </summary>
    private static string Has(string column, string needle) =>
        $"regexp_matches({column}, '(?i)(^|[^\\pL\\pN]){System.Text.RegularExpressions.Regex.Escape(needle).Replace("'", "''")}($|[^\\pL\\pN])')";

    /// <summary>The FROM source DuckDB reads an input with: read_parquet for a Parquet file or folder (as rmmhunt convert writes), read_csv otherwise.</summary>
    public static string From(string path) =>
        Directory.Exists(path) ? $"read_parquet('{path}/**/*.parquet')"
        : path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? $"read_parquet('{path}')"
        : ReadCsv(path);

    private static string ReadCsv(string path)
    {
        var table = Data.Schemas.BuiltInSchemas.Instance.FindTable("DeviceNetworkEvents")!;
        var columns = DeviceNetworkEventsColumns.Names.Select(n => $"'{n}': '{SqlType(table.Find(n)!.Type)}'");
        return $"read_csv('{path}', header = true, quote = '\"', escape = '\"', columns = {{{string.Join(", ", columns)}}})";
    }

    private static string SqlType(Kql.Symbols.KqlType type) => type switch
    {
        Kql.Symbols.KqlType.DateTime => "TIMESTAMP",
        Kql.Symbols.KqlType.Long => "BIGINT",
        Kql.Symbols.KqlType.Int => "INTEGER",
        Kql.Symbols.KqlType.Bool => "BOOLEAN",
        Kql.Symbols.KqlType.Real => "DOUBLE",
        _ => "VARCHAR",
    };

    private static string Sql(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
}
