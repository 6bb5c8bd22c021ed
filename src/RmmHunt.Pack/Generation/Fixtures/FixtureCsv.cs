using System.Text;

namespace RmmHunt.Pack.Generation.Fixtures;

/// <summary>Writes the fixture rows of one table as a Defender-style CSV export (RFC 4180, LF line ends).</summary>
internal static class FixtureCsv
{
    public static string Write(RuleKind kind, IEnumerable<FixtureCase> cases)
    {
        var columns = FixtureColumns.Of(kind);
        var text = new StringBuilder();
        text.Append(string.Join(',', columns)).Append('\n');
        foreach (var fixture in cases)
        {
            var values = columns.Select(column => column switch
            {
                FixtureColumns.Rule => fixture.RuleId,
                FixtureColumns.Case => fixture.Name,
                FixtureColumns.Expect => fixture.Match ? FixtureColumns.ExpectMatch : FixtureColumns.ExpectNoMatch,
                _ => fixture.Row.GetValueOrDefault(column, ""),
            });
            text.Append(string.Join(',', values.Select(Quote))).Append('\n');
        }
        return text.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
