namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// A query both engines run: the KQL RmmHunt runs, the SQL DuckDB runs for the same answer, and how
/// to read each engine's result into comparable groups. <c>Sql</c> gets the FROM source (read_csv or
/// read_parquet of the input) and the pinned now.
/// </summary>
internal sealed record BenchQuery(string Name, string Kql, Func<string, DateTime, string> Sql);
