using System.Text;
using System.Text.RegularExpressions;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// Translates a parse pattern into an anchored regular expression, as Kusto describes for regex
    /// mode: <c>*</c> is <c>.*?</c>, a string column <c>(.*?)</c> (<c>(.*)</c> when last), a number column
    /// its digits; constants are literal text (regexes in kind=regex). Typed columns are converted
    /// after the match; in simple mode a failed conversion fails the whole row.
    /// </summary>
    private BoundTable? BindParse(BoundTable input, ParseOperator op)
    {
        string kind = op.Kind ?? "simple";
        if (kind is not ("simple" or "regex" or "relaxed") || (op.Name == "parse-where" && kind == "relaxed"))
        {
            Error(op.Span, $"'{kind}' is not a kind of {op.Name} (use simple, regex{(op.Name == "parse" ? " or relaxed" : "")})", DiagnosticCodes.SyntaxError);
            return null;
        }
        var source = BindScalar(op.Source, new RowScope(input.Schema));
        if (source.Type == KqlType.Unknown) return null;
        if (source.Type != KqlType.String) source = new BoundConvert(source, KqlType.String) { Span = source.Span };
        if (!TryRegexFlags(op, out string flags, out bool ungreedy)) return null;
        if (!op.Pattern.Any(p => p.Column is not null))
        {
            Error(op.Span, $"the pattern of '{op.Name}' extracts no column", DiagnosticCodes.SyntaxError);
            return null;
        }

        var regex = new StringBuilder(flags).Append('^');
        var names = input.Schema.Columns.Select(c => c.Name).ToList();
        var types = input.Schema.Columns.Select(c => c.Type).ToList();
        var passthrough = Enumerable.Range(0, names.Count).ToList();
        var captures = new List<BoundCapture>();
        for (int i = 0; i < op.Pattern.Count; i++)
        {
            var part = op.Pattern[i];
            if (part.IsStar) regex.Append(ungreedy ? ".*" : ".*?");
            else if (part.Constant is { } constant)
            {
                if (ungreedy && constant.IndexOfAny(['*', '+', '?', '{']) >= 0)
                {
                    Error(part.Span, "the U (ungreedy) flag is only supported when the pattern's regular expressions have no quantifiers", DiagnosticCodes.UnsupportedConstruct);
                    return null;
                }
                regex.Append(kind == "regex" ? $"(?:{constant})" : Regex.Escape(constant));
            }
            else
            {
                var type = part.Type ?? KqlType.String;
                bool last = i == op.Pattern.Count - 1;
                if (type == KqlType.String && i + 1 < op.Pattern.Count && op.Pattern[i + 1].IsStar)
                {
                    Error(part.Span, "'*' cannot follow a string column in a parse pattern", DiagnosticCodes.SyntaxError);
                    return null;
                }
                // Regex mode captures greedily unless the U flag makes it lazy (the docs' U example shows this);
                // simple and relaxed modes capture lazily, so a column stops at its delimiter's first occurrence.
                bool greedy = kind == "regex" ? !ungreedy : last;
                regex.Append(CaptureFor(type, greedy, captures.Count + 1, relaxed: kind == "relaxed"));
                int output = names.IndexOf(part.Column!);
                if (output < 0)
                {
                    output = names.Count;
                    names.Add(part.Column!);
                    types.Add(type);
                    passthrough.Add(-1);
                }
                else
                {
                    types[output] = type;
                    passthrough[output] = -1;
                }
                captures.Add(new BoundCapture(CaptureName(captures.Count + 1), output, type));
            }
        }
        regex.Append('$');
        var schema = new TableSchema(input.Schema.Name, names.Select((n, i) => new ColumnSymbol(n, types[i])));
        return new BoundParse(input, source, regex.ToString(), captures, passthrough, kind == "relaxed", op.Name == "parse-where", schema);
    }

    /// <summary>The group for a column; relaxed mode captures text and converts it afterwards (null when it does not fit).</summary>
    /// <remarks>Groups are named (<c>__c1</c>...) because regex constants may contain groups of their own.</remarks>
    /// <remarks>
    /// Relaxed mode lets a typed column match any text when its digits are not there (it then converts
    /// to null) so that the rest of the row still parses.
    /// </remarks>
    private static string CaptureFor(KqlType type, bool greedy, int number, bool relaxed)
    {
        string text = greedy ? ".*" : ".*?";
        string body = type switch
        {
            KqlType.Long or KqlType.Int => @"\-?\d+",
            KqlType.Real or KqlType.Decimal => @"\-?\d+(?:\.\d+)?(?:[eE][\-+]?\d+)?",
            _ => text,
        };
        if (relaxed && body != text) body += "|" + text;
        return $"(?<{CaptureName(number)}>{body})";
    }

    public static string CaptureName(int number) => "__c" + number;

    /// <summary>
    /// Regex flags of kind=regex: i, m and s map to inline options. RE2's U (ungreedy) swaps greedy and
    /// lazy quantifiers; .NET has no such flag, so it is applied to the quantifiers the pattern itself
    /// generates (and refused when the user's regular expressions carry their own).
    /// </summary>
    private bool TryRegexFlags(ParseOperator op, out string flags, out bool ungreedy)
    {
        flags = "";
        ungreedy = false;
        if (op.Flags is null) return true;
        if (op.Kind != "regex")
        {
            Error(op.Span, "flags are only allowed with kind=regex", DiagnosticCodes.SyntaxError);
            return false;
        }
        foreach (char flag in op.Flags)
        {
            if (flag is 'i' or 'm' or 's') flags += flag;
            else if (flag == 'U') ungreedy = true;
            else
            {
                Error(op.Span, $"the regex flag '{flag}' is not supported", DiagnosticCodes.UnsupportedConstruct);
                return false;
            }
        }
        flags = flags.Length > 0 ? $"(?{flags})" : "";
        return true;
    }
}
