using System.Text;
using RmmHunt.Generator.Internals.Csv;

namespace RmmHunt.Generator.Tests;

/// <summary>RFC 4180 as the portal writes it: quote only when needed, double inner quotes, CRLF, UTF-8 without BOM.</summary>
public class Utf8CsvWriterTests
{
    [Fact]
    public void Quotes_only_fields_that_need_it()
    {
        string line = Write(w =>
        {
            w.String("plain");
            w.String("a,b");
            w.String("\"MsMpEng.exe\"");
            w.String("two\nlines");
            w.String(null);
            w.Integer(42);
            w.Integer(null);
            w.Boolean(true);
            w.String("Krämer IT Solutions GmbH");
        });
        Assert.Equal("plain,\"a,b\",\"\"\"MsMpEng.exe\"\"\",\"two\nlines\",,42,,true,Krämer IT Solutions GmbH\r\n", line);
    }

    [Fact]
    public void Writes_utf8_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8CsvWriter(stream))
        {
            writer.String("ä");
            writer.EndRow();
        }
        Assert.Equal(new byte[] { 0xC3, 0xA4, (byte)'\r', (byte)'\n' }, stream.ToArray());
    }

    [Fact]
    public void Fields_longer_than_the_buffer_are_written_whole()
    {
        string huge = new('x', 3 << 20);
        Assert.Equal(huge + "\r\n", Write(w => w.String(huge)));
    }

    private static string Write(Action<Utf8CsvWriter> fields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8CsvWriter(stream))
        {
            fields(writer);
            writer.EndRow();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
