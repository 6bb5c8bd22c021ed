using RmmHunt.Data.Schemas;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;
using static RmmHunt.Data.Tests.CsvTestKit;

namespace RmmHunt.Data.Tests;

/// <summary>Header columns matched by name: extra columns kept, missing ones null with one warning.</summary>
public class CsvHeaderTests
{
    [Fact]
    public void Columns_are_matched_by_name_not_position()
    {
        var read = Read("Count,Name\n7,seven\n", request: Columns(Table, "Name", "Count"));
        Assert.Equal(["seven", 7L], read.Rows.Single());
    }

    [Fact]
    public void Extra_columns_are_reported_as_strings_and_can_be_read()
    {
        string path = Write("Name,Custom Score,Count\na,99,1\n");
        try
        {
            var source = new Csv.DefenderCsvSource(path, Table);
            Assert.Equal(["Name", "Custom Score", "Count"], source.Columns.Select(c => c.Name));
            Assert.Equal(new ColumnSymbol("Custom Score", KqlType.String), source.ExtraColumns.Single());
            Assert.Equal(KqlType.Long, source.Columns[2].Type);
            // A binder that saw the extra column asks for it by name.
            var widened = new TableSchema("T", Table.Columns.Append(source.ExtraColumns[0]));
            var read = ReadFile(path, widened);
            Assert.Equal("99", read.Rows.Single()[^1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_columns_are_null_in_every_row_with_one_warning_per_file()
    {
        var read = Read("Name\na\nb\nc\n", options: Tiny);
        Assert.Equal(3, read.Rows.Count);
        Assert.All(read.Rows, r => Assert.Null(r[2]));
        Assert.All(read.Rows, r => Assert.Null(r[0]));
        var warning = Assert.Single(read.Stats.Warnings);
        Assert.Contains("Timestamp", warning);
        Assert.Contains("Count", warning);
        Assert.DoesNotContain("Name", warning);
    }

    [Fact]
    public void Missing_string_column_is_empty()
    {
        var read = Read("Count\n1\n", request: Columns(Table, "Name", "Count"));
        Assert.Equal(["", 1L], read.Rows.Single());
    }

    [Fact]
    public void Columns_not_requested_are_not_warned_about()
    {
        var read = Read("Name\na\n", request: Columns(Table, "Name"));
        Assert.Empty(read.Stats.Warnings);
    }

    [Fact]
    public void Defender_export_of_a_builtin_table_types_its_columns_from_the_schema()
    {
        var table = BuiltInSchemas.Instance.FindTable("DeviceNetworkEvents")!;
        string header = string.Join(",", BuiltInSchemas.Instance.DefenderExportOrder("DeviceNetworkEvents")!);
        string path = Write(header + "\n");
        try
        {
            var source = new Csv.DefenderCsvSource(path, table);
            Assert.Empty(source.ExtraColumns);
            Assert.Equal(KqlType.Int, source.Columns.Single(c => c.Name == "RemotePort").Type);
            var stats = new ScanStatistics(path, table.Name);
            Assert.Empty(source.Scan(table, ScanRequest.All(table), stats, CancellationToken.None));
            Assert.Equal(0, stats.Read);
            // Reading all columns of a Defender export: the Sentinel-only ones are missing, in one warning.
            Assert.Contains("TenantId", Assert.Single(stats.Warnings));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Empty_file_has_no_columns_and_no_rows()
    {
        var read = Read("");
        Assert.Empty(read.Source.Columns);
        Assert.Empty(read.Rows);
        Assert.Empty(read.Rejections);
    }
}
