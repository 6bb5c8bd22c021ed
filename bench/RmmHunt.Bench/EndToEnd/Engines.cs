using DuckDB.NET.Data;
using RmmHunt.Data;
using RmmHunt.Data.Inputs;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql;
using RmmHunt.Kql.Values;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>Runs a benchmark query on one engine and returns its rows as comparable text.</summary>
internal static class Engines
{
    public static List<string> RmmHunt(BenchQuery query, string csv, DateTime now)
    {
        var inputs = InputCatalog.Open([new InputSpec("DeviceNetworkEvents", csv)], DataFormats.All, DataSchemas.BuiltIn);
        var compilation = KqlCompilation.Compile(query.Kql, inputs);
        if (compilation.HasErrors) throw new InvalidOperationException(compilation.FormatDiagnostics());
        var graph = new ExecutionGraph(new RunContext(now), inputs);
        var handle = graph.Add(compilation.Query!);
        graph.Run();
        return Groups.Rows(handle.Result.Rows().Select(r => r.Select(v => v is DynArray a ? (object)a.ToList() : v).ToArray()));
    }

    public static List<string> DuckDb(BenchQuery query, string csv, DateTime now)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = query.Sql(Queries.From(Path.GetFullPath(csv)), now);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }
        return Groups.Rows(rows);
    }
}
