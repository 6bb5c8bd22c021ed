using System.Text;
using FsCheck.Xunit;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Engine.Tests.Scanning;

/// <summary>The vectorized needle search finds exactly what a plain case-insensitive search finds.</summary>
public class NeedleFinderTests
{
    private static readonly string[] Pieces = ["server", "-", "eye", ".de", "SERVER-EYE.DE", " ", ",", "\"", "Krämer", " IT Solutions GmbH", "x", "é", "\n", "0123456789abcdef"];

    [Theory]
    [InlineData("server-eye.de")]
    [InlineData(" it solutions gmbh")]
    [InlineData("y")]
    [InlineData("eee")]
    public void Finds_the_first_occurrence_in_any_case_at_any_alignment(string needle)
    {
        var finder = new NeedleFinder(needle);
        for (int pad = 0; pad < 140; pad++)
        {
            string hay = new string('a', pad) + needle.ToUpperInvariant() + " tail " + needle;
            Assert.Equal(pad, finder.IndexIn(Encoding.UTF8.GetBytes(hay)));
            Assert.Equal(hay.IndexOf(needle, pad + 1, StringComparison.OrdinalIgnoreCase), finder.IndexIn(Encoding.UTF8.GetBytes(hay), pad + 1));
        }
    }

    [Fact]
    public void A_needle_cut_off_by_the_end_of_the_data_is_not_found()
    {
        var finder = new NeedleFinder("server-eye.de");
        string hay = new string(',', 100) + "server-eye.d";
        Assert.Equal(-1, finder.IndexIn(Encoding.UTF8.GetBytes(hay)));
    }

    [Fact]
    public void Rarer_bytes_rank_higher()
    {
        Assert.True(new NeedleFinder("zq").Rarity > new NeedleFinder("e0").Rarity);
    }

    [Property(MaxTest = 300, Replay = "(11,13)")]
    public void Agrees_with_a_plain_search(int[] picks, int needlePick, int from)
    {
        var text = new StringBuilder();
        foreach (int p in picks ?? []) text.Append(Pieces[(int)((uint)p % (uint)Pieces.Length)]);
        string needle = Pieces[(int)((uint)needlePick % 7)] + "e"; // ASCII pieces only
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        int start = bytes.Length == 0 ? 0 : (int)((uint)from % (uint)bytes.Length);
        var expected = IndexOfIgnoreCase(bytes, Encoding.ASCII.GetBytes(needle.ToLowerInvariant()), start);
        Assert.Equal(expected, new NeedleFinder(needle).IndexIn(bytes, start));
    }

    private static int IndexOfIgnoreCase(byte[] data, byte[] needle, int from)
    {
        for (int i = from; i + needle.Length <= data.Length; i++)
        {
            int k = 0;
            while (k < needle.Length && (data[i + k] is >= (byte)'A' and <= (byte)'Z' ? data[i + k] + 32 : data[i + k]) == needle[k]) k++;
            if (k == needle.Length) return i;
        }
        return -1;
    }
}
