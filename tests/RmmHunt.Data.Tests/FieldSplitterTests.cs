using System.Text;
using RmmHunt.Data.Csv.Internals;

namespace RmmHunt.Data.Tests;

/// <summary>The bit-mask splitter agrees with a plain RFC 4180 state machine on every row, well formed or not.</summary>
public class FieldSplitterTests
{
    [Fact]
    public void Agrees_with_a_byte_by_byte_reference_on_random_rows()
    {
        var random = new Random(4180);
        byte[] alphabet = "ab,\"\",\"".Select(c => (byte)c).ToArray();
        var fields = new CsvField[300];
        for (int round = 0; round < 20000; round++)
        {
            // Mostly well-formed rows built from fields, some with a random byte flipped; lengths cross 64-byte windows.
            var row = random.Next(3) == 0 ? RandomBytes(random, alphabet) : WellFormed(random);
            if (random.Next(4) == 0 && row.Length > 0) row[random.Next(row.Length)] = alphabet[random.Next(alphabet.Length)];
            string expected = Reference(row);
            int count = FieldSplitter.Split(row, fields, out string? error);
            string actual = count < 0 ? "error: " + error : Render(row, fields.AsSpan(0, count));
            Assert.True(expected == actual, $"row [{Encoding.ASCII.GetString(row)}]\nexpected {expected}\nactual   {actual}");
        }
    }

    /// <summary>
    /// Rows whose first windows hold no quote (hashes, names, numbers: the usual Defender row) are split on
    /// commas alone; a quoted tail after them, a closing quote at a window's last byte, and stopping early
    /// must come out as the reference says.
    /// </summary>
    [Fact]
    public void Agrees_with_the_reference_after_windows_without_quotes()
    {
        var random = new Random(64);
        var fields = new CsvField[300];
        for (int round = 0; round < 20000; round++)
        {
            var plain = new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => "ab,"[random.Next(3)]).ToArray());
            var tail = random.Next(3) == 0 ? [] : WellFormed(random);
            if (random.Next(4) == 0 && tail.Length > 0) tail[random.Next(tail.Length)] = (byte)"a,\""[random.Next(3)];
            var row = Encoding.ASCII.GetBytes(plain).Concat(tail.Length > 0 && plain.Length > 0 ? [(byte)','] : []).Concat(tail).ToArray();
            string expected = Reference(row);
            int count = FieldSplitter.Split(row, fields, out string? error);
            string actual = count < 0 ? "error: " + error : Render(row, fields.AsSpan(0, count));
            Assert.True(expected == actual, $"row [{Encoding.ASCII.GetString(row)}]\nexpected {expected}\nactual   {actual}");
            if (count > 1)
            {
                // Stopping after k fields gives the first k fields of the whole split.
                int k = random.Next(1, count);
                var all = fields.AsSpan(0, count).ToArray();
                Assert.Equal(k, FieldSplitter.Split(row, fields, out _, stopAfter: k));
                Assert.Equal(all[..k], fields[..k]);
            }
        }
    }

    [Theory]
    [InlineData(63)]
    [InlineData(62)]
    [InlineData(64)]
    public void A_quoted_field_closing_at_a_window_edge_ends_where_its_quote_does(int closeAt)
    {
        // "xx...x" with its closing quote at byte closeAt, then plain fields in the next window.
        string quoted = "\"" + new string('x', closeAt - 1) + "\"";
        var row = Encoding.ASCII.GetBytes(quoted + ",next," + new string('y', 80) + ",z");
        var fields = new CsvField[8];
        int count = FieldSplitter.Split(row, fields, out string? error);
        Assert.Null(error);
        Assert.Equal($"[{new string('x', closeAt - 1)}][next][{new string('y', 80)}][z]", Render(row, fields.AsSpan(0, count)));
        Assert.Equal("error: unexpected text after a closing quote: 'q'",
            FieldSplitter.Split(Encoding.ASCII.GetBytes(quoted + "q," + new string('y', 80)), fields, out error) < 0 ? "error: " + error : "split");
    }

    [Theory]
    [InlineData("", "[]")]
    [InlineData("a,,\"\"", "[a][][]")]
    [InlineData("\"x,\"\"y\"\"\",z", "[x,\"y\"][z]")]
    [InlineData("ab\"c", "error: quote inside an unquoted field (field 1)")]
    [InlineData("a,\"b\"c", "error: unexpected text after a closing quote: 'c'")]
    [InlineData("\"open", "error: unterminated quoted field")]
    public void Examples(string row, string expected)
    {
        var bytes = Encoding.ASCII.GetBytes(row);
        var fields = new CsvField[8];
        int count = FieldSplitter.Split(bytes, fields, out string? error);
        Assert.Equal(expected, count < 0 ? "error: " + error : Render(bytes, fields.AsSpan(0, count)));
    }

    private static byte[] RandomBytes(Random random, byte[] alphabet) =>
        Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();

    private static byte[] WellFormed(Random random)
    {
        var parts = Enumerable.Range(0, random.Next(1, 40)).Select(_ =>
        {
            string value = new(Enumerable.Range(0, random.Next(0, 12)).Select(_ => "ab,\"\n"[random.Next(5)]).ToArray());
            return value.IndexOfAny([',', '"', '\n']) >= 0 || random.Next(4) == 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
        });
        return Encoding.ASCII.GetBytes(string.Join(",", parts));
    }

    private static string Render(ReadOnlySpan<byte> row, ReadOnlySpan<CsvField> fields)
    {
        var text = new StringBuilder();
        var scratch = new byte[row.Length];
        foreach (var field in fields)
        {
            var value = row.Slice(field.Start, field.Length);
            if (field.Escaped) value = scratch.AsSpan(0, FieldSplitter.Unescape(value, scratch));
            text.Append('[').Append(Encoding.ASCII.GetString(value)).Append(']');
        }
        return text.ToString();
    }

    /// <summary>The textbook state machine: a quote opens a field only at its start; inside, a doubled quote is one quote.</summary>
    private static string Reference(byte[] row)
    {
        var values = new List<string>();
        int pos = 0;
        while (true)
        {
            var value = new StringBuilder();
            if (pos < row.Length && row[pos] == '"')
            {
                pos++;
                while (true)
                {
                    if (pos >= row.Length) return "error: unterminated quoted field";
                    if (row[pos] == '"')
                    {
                        if (pos + 1 < row.Length && row[pos + 1] == '"') { value.Append('"'); pos += 2; continue; }
                        pos++;
                        break;
                    }
                    value.Append((char)row[pos++]);
                }
                if (pos < row.Length && row[pos] != ',') return $"error: unexpected text after a closing quote: '{(char)row[pos]}'";
            }
            else
            {
                while (pos < row.Length && row[pos] != ',')
                {
                    if (row[pos] == '"') return $"error: quote inside an unquoted field (field {values.Count + 1})";
                    value.Append((char)row[pos++]);
                }
            }
            values.Add(value.ToString());
            if (pos >= row.Length) return string.Concat(values.Select(v => "[" + v + "]"));
            pos++;
        }
    }
}
