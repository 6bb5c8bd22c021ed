using RmmHunt.Engine.Aggregates;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Aggregates;

/// <summary>
/// Grouping by several string keys gives each row the group of its values, in order of first appearance,
/// whatever form the batches' columns take: flat, dictionary-encoded with a dictionary of their own, or
/// sharing one dictionary across batches (as the rules of a pack share their scan's batches).
/// </summary>
public sealed class GroupTableTests
{
    private static readonly string[] Words = ["host-a", "host-b", "", "HOST-A", "svc.exe", "host-c", "x"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Groups_match_the_key_values_whatever_the_encoding(int seed)
    {
        var random = new Random(seed);
        var table = new GroupTable([KqlType.String, KqlType.String, KqlType.Long]);
        var expected = new Dictionary<(string, string, long), int>();
        string[]? shared = null;
        for (int b = 0; b < 60; b++)
        {
            int rows = random.Next(1, 40);
            var first = new string[rows];
            var second = new string[rows];
            var third = new long[rows];
            for (int r = 0; r < rows; r++)
            {
                first[r] = Words[random.Next(Words.Length)];
                second[r] = Words[random.Next(3)];
                third[r] = random.Next(3);
            }
            // A shared dictionary holds its strings in a shuffled order, so that the same code means another string than in a batch's own dictionary.
            if (shared is null || random.Next(4) == 0) shared = Words.OrderBy(_ => random.Next()).ToArray();
            var keys = new Column[] { Encode(first, random.Next(3), shared), Encode(second, random.Next(3), shared), new PrimitiveColumn<long>(KqlType.Long, third) };
            var groups = new int[rows];
            table.Assign(keys, rows, groups);
            for (int r = 0; r < rows; r++)
            {
                var key = (first[r], second[r], third[r]);
                if (!expected.TryGetValue(key, out int group)) expected[key] = group = expected.Count;
                Assert.Equal(group, groups[r]);
            }
        }
        Assert.Equal(expected.Count, table.Count);
    }

    /// <summary>0: flat; 1: dictionary of the batch's own values; 2: codes into the shared dictionary.</summary>
    private static StringColumn Encode(string[] values, int form, string[] shared)
    {
        if (form == 0) return new StringColumn(values);
        var dictionary = form == 1 ? values.Distinct().ToArray() : shared;
        return StringColumn.FromDictionary(values.Select(v => Array.IndexOf(dictionary, v)).ToArray(), dictionary, values.Length);
    }
}
