using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Values;
using static RmmHunt.Data.Tests.CsvTestKit;

namespace RmmHunt.Data.Tests;

/// <summary>Field text to typed values, nulls and the storage the engine expects.</summary>
public class CsvTypeTests
{
    [Fact]
    public void Every_type_converts()
    {
        var read = Read(Header +
            "2024-10-07T17:35:42.1234567Z,name,-9000000000,443,1.5e3,TRUE,9e6c4e1f-7d60-472f-ba1a-a39ef669e4b2,\"{\"\"a\"\":[1,2.5,\"\"x\"\"]}\",01:02:03,12.34\n");
        var row = read.Rows.Single();
        Assert.Equal(new DateTime(2024, 10, 7, 17, 35, 42, DateTimeKind.Utc).AddTicks(1234567), row[0]);
        Assert.Equal("name", row[1]);
        Assert.Equal(-9_000_000_000L, row[2]);
        Assert.Equal(443, row[3]);
        Assert.Equal(1500.0, row[4]);
        Assert.Equal(true, row[5]);
        Assert.Equal(Guid.Parse("9e6c4e1f-7d60-472f-ba1a-a39ef669e4b2"), row[6]);
        Assert.Equal("{\"a\":[1,2.5,\"x\"]}", DynJson.Serialize(row[7]));
        Assert.Equal(new TimeSpan(1, 2, 3), row[8]);
        Assert.Equal(12.34m, row[9]);
    }

    [Fact]
    public void Empty_fields_are_null_except_strings_which_are_empty()
    {
        var read = Read(Header + ",,,,,,,,,\n");
        var row = read.Rows.Single();
        Assert.Equal("", row[1]);
        Assert.All(row.Where((_, i) => i != 1), Assert.Null);
        Assert.Empty(read.Rejections);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void Bools(string text, bool expected) => Assert.Equal(expected, Read("Flag\n" + text + "\n").Rows.Single()[5]);

    [Fact]
    public void Reals_take_nan_and_infinity()
    {
        var values = Read("Ratio\nNaN\nInfinity\n-Infinity\n0.25\n").Column(4);
        Assert.True(double.IsNaN((double)values[0]!));
        Assert.Equal([double.PositiveInfinity, double.NegativeInfinity, 0.25], values.Skip(1));
    }

    [Fact]
    public void Invalid_json_stays_a_dynamic_string()
    {
        var read = Read("Fields\n{not json\n\"[1,2]\"\n");
        Assert.Equal("{not json", read.Rows[0][7]);
        Assert.IsType<DynArray>(read.Rows[1][7]);
        Assert.Empty(read.Rejections);
    }

    [Fact]
    public void Only_requested_columns_are_materialized()
    {
        var read = Read(Header + Row("a", "1"), request: Columns(Table, "Count"));
        var batch = read.Batches.Single();
        Assert.NotNull(batch.Columns[2]);
        Assert.Equal(1, batch.Columns.Count(c => c is not null));
    }

    [Fact]
    public void Repeated_strings_come_out_dictionary_encoded()
    {
        var text = Header + string.Concat(Enumerable.Range(0, 1000).Select(i => Row(i % 3 == 0 ? "ConnectionSuccess" : "ConnectionFailed", i.ToString())));
        var read = Read(text, request: Columns(Table, "Name"));
        var column = (StringColumn)read.Batches.Single().Columns[1]!;
        Assert.True(column.IsDictionaryEncoded);
        Assert.Equal(2, column.Dictionary!.Length);
        Assert.Equal("ConnectionSuccess", column[999]);
        Assert.Equal("ConnectionFailed", column[998]);
    }

    [Fact]
    public void Unique_strings_come_out_flat()
    {
        var text = Header + string.Concat(Enumerable.Range(0, 1000).Select(i => Row("cmd.exe /c job" + i, i.ToString())));
        var column = (StringColumn)Read(text, request: Columns(Table, "Name")).Batches.Single().Columns[1]!;
        Assert.False(column.IsDictionaryEncoded);
        Assert.Equal("cmd.exe /c job999", column[999]);
    }
}
