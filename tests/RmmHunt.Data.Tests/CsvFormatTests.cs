using RmmHunt.Kql.Values;
using static RmmHunt.Data.Tests.CsvTestKit;

namespace RmmHunt.Data.Tests;

/// <summary>The bytes of the file: BOM, line ends, RFC 4180 quoting, line numbers.</summary>
public class CsvFormatTests
{
    private const string Text = "Timestamp,Name,Count\n2024-10-07T17:35:42Z,alpha,1\n2024-10-07T17:35:43Z,\"beta, with comma\",2\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_with_and_without_a_utf8_bom(bool bom)
    {
        var read = Read(Text, request: Columns(Table, "Name", "Count"), bom: bom);
        Assert.Equal(["alpha", "beta, with comma"], read.Column(0));
        Assert.Equal([1L, 2L], read.Column(1));
        Assert.Equal("Timestamp", read.Source.Columns[0].Name);
    }

    [Fact]
    public void Crlf_and_lf_read_the_same()
    {
        var lf = Read(Text);
        var crlf = Read(Text.Replace("\n", "\r\n"));
        Assert.Equal(lf.Rows, crlf.Rows);
        Assert.Equal("beta, with comma", crlf.Rows[1][1]);
        Assert.Empty(crlf.Rejections);
    }

    [Fact]
    public void Doubled_quotes_are_undone()
    {
        var read = Read("Name,Count\n\"\"\"MsMpEng.exe\"\"\",1\n\"say \"\"hi\"\", then \"\"bye\"\"\",2\n\"\",3\n");
        Assert.Equal(["\"MsMpEng.exe\"", "say \"hi\", then \"bye\"", ""], read.Column(1));
    }

    [Fact]
    public void Embedded_newlines_stay_in_the_value_and_later_lines_keep_their_numbers()
    {
        string text = "Name,Count\n" +          // line 1
            "\"first\nsecond\r\nthird\",1\n" +   // lines 2-4
            "plain,2\n" +                        // line 5
            "bad,notanumber\n" +                 // line 6
            "\"x\n\ny\",3\n" +                   // lines 7-9
            "bad2,again\n";                      // line 10
        var read = Read(text, options: Tiny);
        Assert.Equal(["first\nsecond\r\nthird", "plain", "x\n\ny"], read.Column(1));
        Assert.Equal([6L, 10L], read.Rejections.Select(r => r.Line));
    }

    [Theory]
    [InlineData("2023-10-18T14:37:28Z", 0)]
    [InlineData("2023-10-18T14:37:28.2Z", 2_000_000)]
    [InlineData("2023-10-18T14:37:28.55Z", 5_500_000)]
    [InlineData("2023-10-18T14:37:28.551Z", 5_510_000)]
    [InlineData("2023-10-18T14:37:28.5518Z", 5_518_000)]
    [InlineData("2023-10-18T14:37:28.55182Z", 5_518_200)]
    [InlineData("2023-10-18T14:37:28.551828Z", 5_518_280)]
    [InlineData("2023-10-18T14:37:28.2012261Z", 2_012_261)]
    public void Datetimes_with_0_to_7_fraction_digits(string text, long fractionTicks)
    {
        var read = Read("Timestamp\n" + text + "\n");
        var expected = new DateTime(2023, 10, 18, 14, 37, 28, DateTimeKind.Utc).AddTicks(fractionTicks);
        Assert.Equal(expected, read.Rows.Single()[0]);
    }

    [Fact]
    public void Datetimes_with_offsets_become_utc()
    {
        var read = Read("Timestamp\n2023-10-18T16:37:28.5+02:00\n");
        Assert.Equal(new DateTime(2023, 10, 18, 14, 37, 28, 500, DateTimeKind.Utc), read.Rows.Single()[0]);
    }

    [Fact]
    public void Sentinel_export_header_suffix_and_datetime_form()
    {
        var read = Read("Timestamp [UTC],Name\n\"10/7/2024, 5:35:42.000 PM\",a\n\"1/2/2024, 12:05:01.123 AM\",b\n");
        Assert.Equal(
            [new DateTime(2024, 10, 7, 17, 35, 42, DateTimeKind.Utc), new DateTime(2024, 1, 2, 0, 5, 1, 123, DateTimeKind.Utc)],
            read.Column(0));
        Assert.Empty(read.Rejections);
        Assert.DoesNotContain(read.Stats.Warnings, w => w.Contains("Local Time"));
    }

    [Fact]
    public void Local_time_suffix_is_read_with_one_warning()
    {
        var read = Read("Timestamp [Local Time],Name,Count\n\"10/7/2024, 5:35:42.000 PM\",a,1\n\"10/7/2024, 5:35:43.000 PM\",b,2\n");
        Assert.Equal(2, read.Rows.Count);
        Assert.Single(read.Stats.Warnings, w => w.Contains("Timestamp") && w.Contains("Local Time"));
    }

    [Fact]
    public void Blank_lines_are_no_rows_but_count_as_lines()
    {
        var read = Read("Name,Count\n\na,1\n\r\nb,x\n\n");
        Assert.Equal(["a"], read.Column(1));
        Assert.Equal(5, read.Rejections.Single().Line);
    }

    [Fact]
    public void Non_ascii_text_survives()
    {
        var read = Read("Name,Fields\nKrämer IT Solutions GmbH,\"{\"\"Produkt\"\":\"\"Server-Eye ä\"\"}\"\n");
        Assert.Equal("Krämer IT Solutions GmbH", read.Rows[0][1]);
        Assert.Equal("{\"Produkt\":\"Server-Eye ä\"}", DynJson.Serialize(read.Rows[0][7]));
    }
}
