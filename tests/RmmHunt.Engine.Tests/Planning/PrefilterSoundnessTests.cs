using System.Text;
using FsCheck.Xunit;
using RmmHunt.Engine.Planning;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Planning;

/// <summary>
/// Sources may skip rows whose raw text lacks the needles derived from a query's filters (design
/// decision 3). That is only allowed when it can never drop a row the query keeps: every row that
/// passes the filter must pass the prefilter.
/// </summary>
public class PrefilterSoundnessTests
{
    private static readonly string[] Values =
    [
        "occ.server-eye.de", "myserver-eye.de", "SERVER-EYE.DE", "server-eye.com", "Krämer IT Solutions GmbH",
        "KRÄMER IT SOLUTIONS GMBH", "Kramer IT Solutions GmbH", "ServerEyeMonitor.exe", "Server-Eye Agent", "cmd.exe /c whoami",
        "C:\\Windows\\System32\\cmd.exe", "say \"hi\"", "", "a", "K\u212Aelvin", "İstanbul", "powershell -enc AAA", "x,y;z",
    ];

    private static readonly string[] Needles =
    [
        "server-eye.de", "SERVER-EYE", "Krämer", "krämer it", "GmbH", "ServerEye", "Server-Eye", "cmd.exe", "whoami",
        "\\System32\\", "\"hi\"", "a", "kelvin", "istanbul", "-enc", "x,y", "eye", ".exe", "",
    ];

    private static readonly string[] Operators =
    [
        "has", "has_cs", "hasprefix", "hassuffix", "contains", "contains_cs", "startswith", "endswith", "==", "=~",
        "!has", "!contains", "!=", "!~",
    ];

    [Property(MaxTest = 400, Replay = "(2718,2819)")]
    public void A_row_the_filter_keeps_always_passes_the_prefilter(int[] picks)
    {
        var p = (picks ?? []).Select(x => (int)((uint)x % 1000)).Concat(Enumerable.Range(0, 12)).ToArray();
        string predicate = Predicate(p, 0, depth: 0);
        var rows = Values.Select((v, i) => (v, i)).ToArray();
        string datatable = "datatable(Url:string, Row:long)[" + string.Join(", ", rows.Select(r => $"{Quote(r.v)}, {r.i}")) + "]";
        var table = Kusto.Table("T", datatable);

        var compilation = KqlCompilation.Compile($"T | where {predicate}", new SchemaSet([new TableSchema("T", table.Columns)]));
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
        var conjunction = NeedleDerivation.Derive([((BoundFilter)compilation.Query!).Predicate]);
        if (conjunction is null) return;
        // A CSV-like encoding: every ASCII character but the quote (which CSV doubles) appears as itself.
        var matcher = PrefilterMatcher.Compile(new RowPrefilter([conjunction]), c => c != '"');
        if (matcher is null) return;

        var kept = Kusto.Run($"T | where {predicate} | project Row", table).Rows().Select(r => (int)(long)r[0]!);
        foreach (int row in kept)
        {
            string raw = "\"" + Values[row].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"," + row;
            Assert.True(matcher.Matches(Encoding.UTF8.GetBytes(raw)), $"row {Values[row]} passes `{predicate}` but not the prefilter {string.Join(", ", matcher.Needles)}");
        }
    }

    [Theory]
    [InlineData("Url has 'server-eye.de' and Url has_any ('a', 'Server-Eye')", "occ.server-eye.de agent", "unrelated text")]
    [InlineData("Url =~ 'Krämer GmbH' or Url in ('cmd.exe', 'pwsh.exe')", "KRÄMER GMBH", "Kramer AG")]
    [InlineData("Url has_all ('whoami', 'cmd.exe')", "CMD.EXE /c WHOAMI", "cmd.exe /c dir")]
    public void The_prefilter_skips_rows_that_cannot_match(string predicate, string possible, string impossible)
    {
        var compilation = KqlCompilation.Compile($"T | where {predicate}", new SchemaSet([new TableSchema("T", [new ColumnSymbol("Url", KqlType.String)])]));
        var conjunction = NeedleDerivation.Derive([((BoundFilter)compilation.Query!).Predicate]);
        var matcher = PrefilterMatcher.Compile(new RowPrefilter([conjunction!]), c => c != '"');
        Assert.NotNull(matcher);
        Assert.True(matcher.Matches(Encoding.UTF8.GetBytes(possible)));
        Assert.False(matcher.Matches(Encoding.UTF8.GetBytes(impossible)));
    }

    [Theory]
    // Each side of an 'or' gives its most selective clause: the one whose shortest needle is longest, then the
    // one with fewer needles, then the first; a (needle, column) both sides hold is searched once.
    [InlineData("(Url has 'anydesk.com' and Url has 'ab') or Name has 'teamviewer'", "anydesk.com@Url teamviewer@Name")]
    [InlineData("(Url has 'ab' and Url has 'anydesk.com') or Name has 'teamviewer'", "anydesk.com@Url teamviewer@Name")]
    [InlineData("(Url has_any ('abcd', 'efgh') and Url has 'ijkl') or Url has 'ijkl'", "ijkl@Url")]
    [InlineData("(Url has_any ('abcd', 'efgh') and Name has_any ('ijkl', 'mnop')) or Url has 'abcd'", "abcd@Url efgh@Url")]
    [InlineData("Url has 'rustdesk' or Name has 'rustdesk' or Url has 'rustdesk'", "rustdesk@Url rustdesk@Name")]
    public void An_or_searches_the_strongest_clause_of_each_side_once(string predicate, string needles)
    {
        var schema = new TableSchema("T", [new ColumnSymbol("Url", KqlType.String), new ColumnSymbol("Name", KqlType.String)]);
        var compilation = KqlCompilation.Compile($"T | where {predicate}", new SchemaSet([schema]));
        var clause = Assert.Single(NeedleDerivation.Derive([((BoundFilter)compilation.Query!).Predicate])!.Clauses);
        Assert.Equal(needles, string.Join(" ", clause.AnyOf.Select((n, i) => $"{n}@{clause.ColumnOf(i)}")));
    }

    [Theory]
    [InlineData("Url !has 'server-eye.de'")]
    [InlineData("not(Url has 'server-eye.de')")]
    [InlineData("Url has 'server-eye.de' or strlen(Url) > 3")]
    [InlineData("Url !in ('a', 'b')")]
    [InlineData("tolower(Url) == 'server-eye.de'")]
    public void Nothing_is_derived_from_filters_that_do_not_require_text(string predicate)
    {
        var compilation = KqlCompilation.Compile($"T | where {predicate}", new SchemaSet([new TableSchema("T", [new ColumnSymbol("Url", KqlType.String)])]));
        Assert.Null(NeedleDerivation.Derive([((BoundFilter)compilation.Query!).Predicate]));
    }

    private static string Predicate(int[] p, int at, int depth)
    {
        int pick = p[at % p.Length];
        if (depth < 2 && pick % 5 == 0) return $"({Predicate(p, at + 1, depth + 1)}) and ({Predicate(p, at + 5, depth + 1)})";
        if (depth < 2 && pick % 5 == 1) return $"({Predicate(p, at + 2, depth + 1)}) or ({Predicate(p, at + 7, depth + 1)})";
        string needle = Quote(Needles[p[(at + 3) % p.Length] % Needles.Length]);
        string other = Quote(Needles[p[(at + 4) % p.Length] % Needles.Length]);
        return (pick % 9) switch
        {
            2 => $"Url in ({needle}, {other})",
            3 => $"Url in~ ({needle}, {other})",
            4 => $"Url has_any ({needle}, {other})",
            5 => $"Url has_all ({needle}, {other})",
            6 => $"Url has_any (dynamic([{needle}, {other}]))",
            _ => $"Url {Operators[pick % Operators.Length]} {needle}",
        };
    }

    private static string Quote(string s) => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
