using System.Text;
using System.Text.Json;
using RmmHunt.Kql.Values;

namespace RmmHunt.Kql.Tests.Values;

/// <summary>
/// Dynamic values from text, as <c>parse_json</c> and dynamic columns read them: JSON becomes its value, and text
/// that is not JSON is reported as such (the caller keeps it as a string), whether the reader or the quick look at
/// how the text starts (<see cref="JsonStart"/>) turns it away.
/// </summary>
public sealed class DynJsonTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData(" [1, 2,] ")]
    [InlineData("\"x\"")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("\t\r\n null\n")]
    [InlineData(" 5 ")]
    [InlineData("0")]
    [InlineData("-0.5e+3")]
    [InlineData("1E5")]
    [InlineData("true // a comment")]
    [InlineData("/* a comment */ 1")]
    [InlineData("[\"a\", {\"b\": null}]")]
    public void Json_is_parsed(string text) => Assert.True(DynJson.TryParse(Encoding.UTF8.GetBytes(text), out _), text);

    [Theory]
    [InlineData("TRUE")]
    [InlineData("True")]
    [InlineData("tool.exe --run")]
    [InlineData("2024-10-01")]
    [InlineData("C:\\Windows\\x.exe")]
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("-")]
    [InlineData("1e")]
    [InlineData("+1")]
    [InlineData("trueish")]
    [InlineData("nullify")]
    [InlineData("true story")]
    [InlineData("NaN")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"x\" y")]
    [InlineData("{")]
    public void Text_that_is_not_json_is_reported(string text) => Assert.False(DynJson.TryParse(Encoding.UTF8.GetBytes(text), out _), text);

    [Fact]
    public void The_value_of_a_number_or_literal_is_kept()
    {
        Assert.True(DynJson.TryParse(" -12 "u8, out var number));
        Assert.Equal(-12L, number);
        Assert.True(DynJson.TryParse("false"u8, out var literal));
        Assert.Equal(false, literal);
    }

    /// <summary>
    /// The quick look never turns away what the JSON reader accepts: over random short texts made of the characters
    /// JSON is made of (and a few that it is not), whatever it turns away the reader refuses too.
    /// </summary>
    [Fact]
    public void What_the_quick_look_turns_away_the_reader_refuses()
    {
        const string Alphabet = "{}[]\":,-+.0123456789eEtrufalsn /*\t\r\nxT\\";
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };
        var random = new Random(20241007);
        int turnedAway = 0;
        for (int i = 0; i < 200_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 9)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var bytes = Encoding.UTF8.GetBytes(text);
            if (i % 50 == 0) bytes = [0xEF, 0xBB, 0xBF, .. bytes]; // a byte order mark in front
            bool readerAccepts;
            try
            {
                using var document = JsonDocument.Parse(bytes, options);
                readerAccepts = true;
            }
            catch (JsonException)
            {
                readerAccepts = false;
            }
            if (JsonStart.MayBeJson(bytes)) continue;
            turnedAway++;
            Assert.False(readerAccepts, $"turned away, but JSON: '{Encoding.UTF8.GetString(bytes)}'");
        }
        Assert.True(turnedAway > 100_000, $"{turnedAway} turned away"); // the look does turn most of them away
    }
}
