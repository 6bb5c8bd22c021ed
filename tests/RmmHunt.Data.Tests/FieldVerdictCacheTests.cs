using System.Text;
using RmmHunt.Data.Csv.Internals;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Tests;

/// <summary>The per-worker memory of key-field verdicts answers exactly what searching the value answers.</summary>
public class FieldVerdictCacheTests
{
    private static readonly byte[][] Needles = new[] { "anydesk", "server-eye.de", "screenconnect", "rustdesk" }.Select(Encoding.ASCII.GetBytes).ToArray();

    [Fact]
    public void Agrees_with_the_search_whatever_shares_a_slot()
    {
        var index = new NeedleIndex(Needles);
        var cache = new FieldVerdictCache(index);
        var random = new Random(1219);
        // Values that differ only in their middle byte share first and last bytes, and thousands of
        // distinct values overfill the slots: hits must be the same value, not the same slot.
        var values = new List<string>();
        for (int i = 0; i < 3000; i++)
        {
            string middle = ((char)('a' + i % 26)).ToString() + (i / 26);
            values.Add(i % 7 == 0 ? $"relay-{middle}.anydesk.com" : i % 11 == 0 ? $"ANYDESK{middle}" : $"host-{middle}.example.org");
        }
        values.AddRange(["any", "anyd", "AnyDesk", new string('x', 57) + "anydesk", new string('x', 58) + "anydesk", "rustdes", "rustdesk"]);
        for (int round = 0; round < 200_000; round++)
        {
            // Skewed: a few values most of the time (a hit-rich cache), the long tail now and then.
            string value = random.Next(4) == 0 ? values[random.Next(values.Count)] : values[values.Count - 1 - random.Next(7)];
            var bytes = Encoding.UTF8.GetBytes(value);
            bool expected = index.FindFirst(bytes).Position >= 0;
            Assert.True(expected == cache.Holds(bytes), $"round {round}: '{value}'");
        }
    }

    [Fact]
    public void Stays_right_when_values_hardly_repeat()
    {
        // All-distinct values make the cache stand aside; its answers must not change when it does or when it comes back.
        var index = new NeedleIndex(Needles);
        var cache = new FieldVerdictCache(index);
        for (int i = 0; i < 400_000; i++)
        {
            string value = i % 5 == 0 ? $"n{i}.server-eye.de" : i % 3 == 0 ? "teams.microsoft.com" : $"n{i}.example.net";
            var bytes = Encoding.ASCII.GetBytes(value);
            Assert.Equal(index.FindFirst(bytes).Position >= 0, cache.Holds(bytes));
        }
    }
}
