namespace RmmHunt.Fuzzing.Seeds;

/// <summary>A valid input file the fuzzers start from: every format and shape the readers accept.</summary>
public enum SeedKind
{
    DefenderCsv,
    SentinelCsv,
    DefenderCsvGzip,
    AdvancedHuntingJson,
    GraphJson,
    LogAnalyticsJson,
    KustoV1Json,
    KustoV2Json,
    AdvancedHuntingJsonGzip,
    StreamingLines,
    StreamingDocument,
    StreamingMultiTable,
    StreamingLinesGzip,
    Parquet,
    ParquetGzip,
}

/// <summary>The reader families a fuzz run can aim at (<c>fuzz --target</c>).</summary>
public enum ReadTarget
{
    Csv,
    Json,
    Stream,
    Parquet,
}

public static class SeedKinds
{
    public static IReadOnlyList<SeedKind> Of(ReadTarget target) => target switch
    {
        ReadTarget.Csv => [SeedKind.DefenderCsv, SeedKind.SentinelCsv, SeedKind.DefenderCsvGzip],
        ReadTarget.Json => [SeedKind.AdvancedHuntingJson, SeedKind.GraphJson, SeedKind.LogAnalyticsJson, SeedKind.KustoV1Json, SeedKind.KustoV2Json, SeedKind.AdvancedHuntingJsonGzip],
        ReadTarget.Stream => [SeedKind.StreamingLines, SeedKind.StreamingDocument, SeedKind.StreamingMultiTable, SeedKind.StreamingLinesGzip],
        _ => [SeedKind.Parquet, SeedKind.ParquetGzip],
    };
}
