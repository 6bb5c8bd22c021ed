using System.Text;
using RmmHunt.Data.Csv.Internals;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Tests;

/// <summary>The per-worker memories of field values (key verdicts, needles held) answer exactly what searching the value answers.</summary>
public class FieldValueCacheTests
{
    private static readonly byte[][] Needles = new[] { "anydesk", "server-eye.de", "screenconnect", "rustdesk", "desk.com" }.Select(Encoding.ASCII.GetBytes).ToArray();

    /// <summary>
    /// Values that differ only in their middle byte share first and last bytes, and thousands of distinct values
    /// overfill the slots: hits must be the same value, not the same slot. Skewed: a few values most of the time
    /// (a hit-rich cache), the long tail now and then; some too short or too long to be cached.
    /// </summary>
    private static IEnumerable<byte[]> SkewedValues()
    {
        var values = new List<string>();
        for (int i = 0; i < 3000; i++)
        {
            string middle = ((char)('a' + i % 26)).ToString() + (i / 26);
            values.Add(i % 7 == 0 ? $"relay-{middle}.anydesk.com" : i % 11 == 0 ? $"ANYDESK{middle}" : $"host-{middle}.example.org");
        }
        values.AddRange(["any", "anyd", "AnyDesk", new string('x', 57) + "anydesk", new string('x', 58) + "anydesk.com", "rustdes", "rustdesk"]);
        var random = new Random(1219);
        for (int round = 0; round < 200_000; round++)
            yield return Encoding.UTF8.GetBytes(random.Next(4) == 0 ? values[random.Next(values.Count)] : values[values.Count - 1 - random.Next(7)]);
    }

    /// <summary>All-distinct values make a cache stand aside; its answers must not change when it does or when it comes back.</summary>
    private static IEnumerable<byte[]> DistinctValues()
    {
        for (int i = 0; i < 400_000; i++)
            yield return Encoding.ASCII.GetBytes(i % 5 == 0 ? $"n{i}.server-eye.de" : i % 3 == 0 ? "teams.microsoft.com" : $"n{i}.example.net");
    }

    [Fact]
    public void Key_verdicts_agree_with_the_search_whatever_shares_a_slot_or_repeats()
    {
        var index = new NeedleIndex(Needles);
        foreach (var values in new[] { SkewedValues(), DistinctValues() })
        {
            var cache = new FieldVerdictCache(index);
            foreach (var value in values) Assert.True(index.FindFirst(value).Position >= 0 == cache.Holds(value), Encoding.UTF8.GetString(value));
        }
    }

    [Fact]
    public void Needles_held_agree_with_the_search_whatever_shares_a_slot_or_repeats()
    {
        var index = new NeedleIndex(Needles);
        var present = new bool[Needles.Length];
        foreach (var values in new[] { SkewedValues(), DistinctValues() })
        {
            var cache = new FieldPresenceCache(index);
            foreach (var value in values)
            {
                Array.Clear(present);
                index.MarkPresent(value, present);
                var expected = Enumerable.Range(0, Needles.Length).Where(id => present[id]).ToArray();
                Assert.True(expected.SequenceEqual(cache.Present(value)), Encoding.UTF8.GetString(value));
            }
        }
    }
}
