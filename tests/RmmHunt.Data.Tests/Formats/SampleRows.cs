using RmmHunt.Data.Csv;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;
using RmmHunt.Testing;

namespace RmmHunt.Data.Tests.Formats;

/// <summary>The bundled samples/DeviceNetworkEvents.csv as typed rows: the telemetry every format fixture is written from.</summary>
internal static class SampleRows
{
    public static string Path => System.IO.Path.Combine(RepoPaths.Samples, "DeviceNetworkEvents.csv");

    public static TableSchema Table { get; } = DataSchemas.BuiltIn.FindTable("DeviceNetworkEvents")!;

    private static readonly Lazy<(IReadOnlyList<ColumnSymbol> Columns, List<object?[]> Rows)> Loaded = new(Load);

    /// <summary>The export's columns, in its order.</summary>
    public static IReadOnlyList<ColumnSymbol> Columns => Loaded.Value.Columns;

    public static List<object?[]> Rows => Loaded.Value.Rows;

    private static (IReadOnlyList<ColumnSymbol>, List<object?[]>) Load()
    {
        var source = new DefenderCsvSource(Path, Table);
        var ordinals = source.Columns.Select(c => Table.IndexOf(c.Name)).ToArray();
        var rows = new List<object?[]>();
        foreach (var batch in source.Scan(Table, new ScanRequest(ordinals.ToHashSet(), null), new ScanStatistics(Path, Table.Name), default))
        {
            for (int r = 0; r < batch.RowCount; r++) rows.Add(ordinals.Select(o => batch.Columns[o]!.GetValue(r)).ToArray());
        }
        return (source.Columns.Select(c => Table.Columns[Table.IndexOf(c.Name)]).ToList(), rows);
    }
}
