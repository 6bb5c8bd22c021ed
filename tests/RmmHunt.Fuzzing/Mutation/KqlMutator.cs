using System.Text;
using System.Text.RegularExpressions;

namespace RmmHunt.Fuzzing.Mutation;

/// <summary>What one edit does to a query's text.</summary>
public enum KqlEditKind
{
    DeleteChar,
    InsertFragment,
    DuplicateRange,
    Truncate,
    ReplaceWithFragment,

    /// <summary>An identifier replaced by another (a column, table, function or keyword): the syntax stays valid, the binder must judge it.</summary>
    SwapIdentifier,

    /// <summary>A literal replaced by one of another type: the syntax stays valid, the types do not.</summary>
    SwapLiteral,
}

/// <summary>An edit of query text; <see cref="Position"/> in millionths of its length, as for <see cref="Edit"/>.</summary>
public readonly record struct KqlEdit(KqlEditKind Kind, int Position, int Size, int Variant)
{
    public override string ToString() => $"{Kind}@{Position / (double)Edit.PositionScale:P2}(size {Size}, variant {Variant})";
}

/// <summary>
/// Mutates KQL text. Character-level edits exercise the lexer and the parser's recovery; identifier and
/// literal swaps keep the syntax valid so that the binder is exercised too (unknown names, wrong types,
/// aggregates out of place, functions with the wrong arguments).
/// </summary>
public static partial class KqlMutator
{
    public static readonly string[] Fragments =
    [
        "(", ")", "[", "]", "{", "}", "|", ",", ";", "'", "\"", "```", "@'", "h'", "\\", "..", ".", "!", "=~", "==", "=",
        "-", "*", "//", "\n", " ", "let x = ", "dynamic(", "datetime(", "timespan(", "in (", "has_any (", "between (",
        "summarize ", "by ", "project-away ", "mv-expand ", "join (", "arg_max(", "*)", "1d", "1.5", "0x", "1e", "null",
        "toscalar(", "materialize(", "| union ", "| where ", "| extend ", "| project ", "| top 3 by ", "| parse ", " kind=regex ",
        "matches regex ", "(a+)+$", "iff(", "case(", "$left.", "$right.", "on ", "| mv-apply ", "| make-series ", "range x from 1 to 3 step 1",
    ];

    public static readonly string[] Identifiers =
    [
        "Timestamp", "DeviceName", "DeviceId", "RemoteUrl", "RemotePort", "RemoteIP", "FileName", "ProcessCommandLine", "AccountName",
        "InitiatingProcessFileName", "AdditionalFields", "ActionType", "ReportId", "SHA256", "TimeGenerated", "EventID", "Computer",
        "DeviceProcessEvents", "DeviceNetworkEvents", "DeviceFileEvents", "DeviceEvents", "SecurityEvent", "SigninLogs", "NoSuchTable",
        "count", "dcount", "make_set", "make_list", "arg_max", "arg_min", "sum", "avg", "min", "max", "countif", "take_any",
        "strcat", "tostring", "toint", "tolower", "bin", "ago", "now", "parse_json", "todynamic", "extract", "split", "strlen",
        "iff", "isempty", "isnotempty", "datetime_diff", "format_datetime", "array_length", "bag_keys", "pack_all", "row_number",
        "has", "contains", "startswith", "in", "between", "and", "or", "not", "where", "project", "extend", "summarize", "by",
        "x", "y", "Column1", "$left", "$right", "T",
    ];

    public static readonly string[] Literals =
    [
        "1", "0", "-1", "1.5", "'x'", "\"\"", "1d", "5m", "datetime(2024-01-01)", "datetime(null)", "dynamic([1,'a'])",
        "dynamic({\"a\":1})", "dynamic(null)", "true", "false", "long(null)", "guid(00000000-0000-0000-0000-000000000000)",
        "9223372036854775807", "1e308", "real(nan)", "timespan(1.02:03:04)", "int(null)", "@'c:\\temp'", "h'secret'",
    ];

    [GeneratedRegex(@"[A-Za-z_$][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"'[^'\n]*'|""[^""\n]*""|\b\d+(\.\d+)?[a-z]*\b|\b(true|false)\b|\b(datetime|dynamic|timespan|long|int|real|bool|guid)\([^()]*\)")]
    private static partial Regex Literal();

    public static string Apply(string query, IEnumerable<KqlEdit> edits)
    {
        var text = new StringBuilder(query);
        foreach (var edit in edits)
        {
            int at = text.Length == 0 ? 0 : (int)((long)edit.Position * text.Length / Edit.PositionScale);
            int variant = Math.Abs(edit.Variant);
            string fragment = Fragments[variant % Fragments.Length];
            switch (edit.Kind)
            {
                case KqlEditKind.DeleteChar when at < text.Length: text.Remove(at, 1); break;
                case KqlEditKind.InsertFragment: text.Insert(at, fragment); break;
                case KqlEditKind.DuplicateRange: text.Insert(at, text.ToString(at, Math.Min(text.Length - at, Math.Abs(edit.Size) % 40))); break;
                case KqlEditKind.Truncate: text.Length = at; break;
                case KqlEditKind.ReplaceWithFragment when at < text.Length: text.Remove(at, 1).Insert(at, fragment); break;
                case KqlEditKind.SwapIdentifier: Swap(text, at, Identifier(), Identifiers[variant % Identifiers.Length]); break;
                case KqlEditKind.SwapLiteral: Swap(text, at, Literal(), Literals[variant % Literals.Length]); break;
            }
        }
        return text.ToString();
    }

    /// <summary>Replaces the first match at or after <paramref name="at"/> (else the last before it).</summary>
    private static void Swap(StringBuilder text, int at, Regex pattern, string replacement)
    {
        string current = text.ToString();
        var match = pattern.Match(current, at);
        if (!match.Success) match = pattern.Matches(current).LastOrDefault() ?? match;
        if (!match.Success) return;
        text.Remove(match.Index, match.Length).Insert(match.Index, replacement);
    }
}
