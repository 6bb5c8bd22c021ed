using RmmHunt.Data;
using RmmHunt.Data.Csv;
using RmmHunt.Engine.Sources;
using RmmHunt.Generator;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Fuzzing.Seeds;

/// <summary>DeviceNetworkEvents rows from the generator (its Defender CSV, read back typed), so seeds need no file of the repository.</summary>
public sealed record GeneratedRows(IReadOnlyList<ColumnSymbol> Columns, IReadOnlyList<object?[]> Rows, byte[] DefenderCsv)
{
    /// <summary>The narrow seeds' columns: few enough that an edit often lands on structure, every type the readers convert.</summary>
    private static readonly string[] NarrowColumns =
        ["Timestamp", "DeviceName", "RemoteIP", "RemotePort", "RemoteUrl", "InitiatingProcessFileName", "InitiatingProcessId", "AdditionalFields"];

    public static GeneratedRows Create(int rows, long seed = 7)
    {
        var csv = new MemoryStream();
        DeviceNetworkEventsGenerator.Write(csv, new GeneratorOptions { Rows = rows, Seed = seed, Devices = 5 });
        string path = Path.Combine(Path.GetTempPath(), $"rmmhunt-seed-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllBytes(path, csv.ToArray());
            var table = DataSchemas.BuiltIn.FindTable("DeviceNetworkEvents")!;
            var source = new DefenderCsvSource(path, table);
            var ordinals = source.Columns.Select(c => table.IndexOf(c.Name)).ToArray();
            var values = new List<object?[]>();
            foreach (var batch in source.Scan(table, new ScanRequest(ordinals.ToHashSet(), null), new ScanStatistics(path, table.Name), default))
            {
                for (int r = 0; r < batch.RowCount; r++) values.Add(ordinals.Select(o => batch.Columns[o]!.GetValue(r)).ToArray());
            }
            return new GeneratedRows(ordinals.Select(o => table.Columns[o]).ToList(), values, csv.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The same rows with only the narrow columns.</summary>
    public GeneratedRows Narrow()
    {
        var keep = NarrowColumns.Select(n => Columns.ToList().FindIndex(c => c.Name == n)).Where(i => i >= 0).ToArray();
        return new GeneratedRows(keep.Select(i => Columns[i]).ToList(), Rows.Select(r => keep.Select(i => r[i]).ToArray()).ToList(), []);
    }
}
