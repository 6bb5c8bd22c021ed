using System.Text;

namespace RmmHunt.Hunting.Exclusions;

/// <summary>
/// Splits a filter into tokens. Words are field names and keywords (letters, digits, '.', '_', '-');
/// values are double-quoted, where only <c>\"</c> and <c>\\</c> are escapes so that Windows paths
/// such as <c>"C:\Program Files\x.exe"</c> can be written as they are.
/// </summary>
internal static class FilterLexer
{
    public static List<FilterToken> Tokenize(string text, List<FilterError> errors)
    {
        var tokens = new List<FilterToken>();
        int i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length)
            {
                tokens.Add(new FilterToken(FilterTokenKind.End, text.Length, ""));
                return tokens;
            }
            char c = text[i];
            int start = i;
            switch (c)
            {
                case ':': tokens.Add(new(FilterTokenKind.Colon, i++, ":")); break;
                case '(': tokens.Add(new(FilterTokenKind.OpenParen, i++, "(")); break;
                case ')': tokens.Add(new(FilterTokenKind.CloseParen, i++, ")")); break;
                case '"':
                    var value = ReadString(text, ref i);
                    if (value is null)
                    {
                        errors.Add(new FilterError(start, HuntingCodes.FilterSyntax, "the quoted value is not closed with '\"'"));
                        tokens.Add(new(FilterTokenKind.Invalid, start, text[start..]));
                        tokens.Add(new(FilterTokenKind.End, text.Length, ""));
                        return tokens;
                    }
                    tokens.Add(new(FilterTokenKind.String, start, value));
                    break;
                default:
                    while (i < text.Length && IsWordChar(text[i])) i++;
                    if (i == start) i++;
                    tokens.Add(new(IsWordChar(c) ? FilterTokenKind.Word : FilterTokenKind.Invalid, start, text[start..i]));
                    break;
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '-';

    /// <summary>The value of the string starting at <paramref name="i"/> (a quote); null if it is not closed.</summary>
    private static string? ReadString(string text, ref int i)
    {
        var value = new StringBuilder();
        for (i++; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"')
            {
                i++;
                return value.ToString();
            }
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\') c = text[++i];
            value.Append(c);
        }
        return null;
    }
}
