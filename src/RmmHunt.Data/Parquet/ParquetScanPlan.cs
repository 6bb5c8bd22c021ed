using ParquetSharp;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Parquet;

/// <summary>One row group of a scan: its rows, the record number before its first row, and whether its time statistics rule it out.</summary>
internal readonly record struct PlannedGroup(int Index, int Rows, long FirstRecord, bool Pruned);

/// <summary>
/// What a scan of one Parquet file reads, decided from the footer before any row is: the requested
/// columns the file has (with their field index and stored type), those it lacks (null in every row),
/// every row group in file order, pruned or not, and the needle filter its decoded chunks go through.
/// </summary>
internal sealed class ParquetScanPlan
{
    private ParquetScanPlan(TableSchema table, int[] reads, int[] fields, KqlType[] stored, int[] missing, PlannedGroup[] groups, ColumnNeedleFilter? filter)
    {
        Filter = filter;
        Table = table;
        Reads = reads;
        Fields = fields;
        Stored = stored;
        Missing = missing;
        Groups = groups;
        Searched = reads.Select(o => filter is not null && filter.Columns.Contains(o)).ToArray();
        OthersStoredAsTable = reads.Select((o, k) => Searched[k] || stored[k] == table.Columns[o].Type).All(same => same);
    }

    public TableSchema Table { get; }

    /// <summary>Table ordinals read from the file.</summary>
    public int[] Reads { get; }

    /// <summary>The file's field index of each of <see cref="Reads"/>.</summary>
    public int[] Fields { get; }

    /// <summary>The stored KQL type of each of <see cref="Reads"/>.</summary>
    public KqlType[] Stored { get; }

    /// <summary>Requested table ordinals the file does not have.</summary>
    public int[] Missing { get; }

    public PlannedGroup[] Groups { get; }

    /// <summary>Which rows of a decoded chunk may match the scan's queries; null: every row may.</summary>
    public ColumnNeedleFilter? Filter { get; }

    /// <summary>For each of <see cref="Reads"/>, whether <see cref="Filter"/> searches it (such columns are read first).</summary>
    public bool[] Searched { get; }

    /// <summary>
    /// Whether every column the filter does not search is stored as the table's type: then none can
    /// reject a row by its record number, and those columns may be read at the kept rows only.
    /// </summary>
    public bool OthersStoredAsTable { get; }

    /// <param name="location">The input, named in the error when the footer is damaged.</param>
    public static ParquetScanPlan Create(ParquetFileReader file, string location, TableSchema table, ScanRequest request, IReadOnlyDictionary<string, KqlType> stored) =>
        ParquetFiles.Guard(location, () => Read(file, location, table, request, stored));

    private static ParquetScanPlan Read(ParquetFileReader file, string location, TableSchema table, ScanRequest request, IReadOnlyDictionary<string, KqlType> stored)
    {
        var metadata = file.FileMetaData;
        var fieldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int f = 0; f < metadata.NumColumns; f++) fieldOf.TryAdd(metadata.Schema.Column(f).Name, f);
        var reads = request.Columns.Order().Where(o => fieldOf.ContainsKey(table.Columns[o].Name) && stored.ContainsKey(table.Columns[o].Name)).ToArray();
        var missing = request.Columns.Except(reads).Order().ToArray();
        int timeField = request.Time is { } time && fieldOf.TryGetValue(time.Column, out int tf) && stored.GetValueOrDefault(time.Column) == KqlType.DateTime ? tf : -1;
        var groups = new PlannedGroup[metadata.NumRowGroups];
        long record = 0;
        for (int g = 0; g < groups.Length; g++)
        {
            using var group = file.RowGroup(g);
            long rows = group.MetaData.NumRows;
            if (rows is < 0 or > int.MaxValue) throw new InputFileException(location, $"row group {g + 1} claims {rows:N0} rows: the file's metadata is damaged");
            bool pruned = timeField >= 0 && OutsideTime(group.MetaData, timeField, metadata, request.Time!);
            groups[g] = new PlannedGroup(g, (int)rows, record, pruned);
            record += rows;
        }
        return new ParquetScanPlan(table, reads, reads.Select(o => fieldOf[table.Columns[o].Name]).ToArray(),
            reads.Select(o => stored[table.Columns[o].Name]).ToArray(), missing, groups, ColumnNeedleFilter.Create(request.Prefilter, table, reads.ToHashSet()));
    }

    private static bool OutsideTime(RowGroupMetaData group, int field, FileMetaData metadata, TimeRange range)
    {
        using var chunk = group.GetColumnChunkMetaData(field);
        return ParquetStatistics.OutsideTime(chunk, metadata.Schema.Column(field), range);
    }
}
