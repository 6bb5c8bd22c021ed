using System.Text;
using RmmHunt.Data.Csv.Internals;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Tests;

/// <summary>The one-pass row and needle scan, held to a byte-by-byte reading of the same chunk.</summary>
public sealed class RowScannerTests
{
    private static readonly string[] Needles = ["server-eye.de", "eye", "aaa", "Krämer IT Solutions GmbH"[7..], "q" + new string('-', 70) + "z", "\"quoted\""[1..^1]];
    private static readonly string[] Pieces = ["server-eye.de", "SERVER-EYE.DE", "server-eye", "aa", "a", "q", new string('-', 70), "z", "\"", "\n", ",", "quoted", " IT Solutions GmbH", "x", "eye"];

    [Fact]
    public void Row_ends_and_needle_hits_are_those_a_plain_reading_finds()
    {
        var random = new Random(20241128);
        var scanner = new RowScanner();
        for (int round = 0; round < 400; round++)
        {
            string needle = Needles[random.Next(Needles.Length)];
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var bytes = Encoding.UTF8.GetBytes(text);

            scanner.Scan(bytes, new NeedleFinder(needle));

            var (ends, rows) = PlainRows(bytes);
            Assert.Equal(ends, scanner.Ends.ToArray());
            var expected = Enumerable.Range(0, rows.Count).Where(r => rows[r].Contains(needle.ToLowerInvariant(), StringComparison.OrdinalIgnoreCase)).ToArray();
            Assert.True(expected.SequenceEqual(scanner.Hits.ToArray()), $"round {round}: needle {needle} in {text.Replace("\n", "\\n")}");
        }
    }

    /// <summary>Row ends (newlines outside quotes) and each row's text (the last may lack its newline).</summary>
    private static (int[] Ends, List<string> Rows) PlainRows(byte[] bytes)
    {
        var ends = new List<int>();
        var rows = new List<string>();
        bool quoted = false;
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '"') quoted = !quoted;
            else if (bytes[i] == '\n' && !quoted)
            {
                ends.Add(i);
                rows.Add(Encoding.UTF8.GetString(bytes, start, i - start));
                start = i + 1;
            }
        }
        rows.Add(Encoding.UTF8.GetString(bytes, start, bytes.Length - start));
        return (ends.ToArray(), rows);
    }
}
