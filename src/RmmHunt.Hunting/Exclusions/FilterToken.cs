namespace RmmHunt.Hunting.Exclusions;

internal enum FilterTokenKind { Word, Colon, String, OpenParen, CloseParen, End, Invalid }

/// <summary>
/// A token of the filter language. <see cref="Text"/> is the word or, for a quoted string, its value
/// with escapes resolved.
/// </summary>
internal readonly record struct FilterToken(FilterTokenKind Kind, int Start, string Text)
{
    /// <summary>A keyword: <c>and</c>, <c>or</c>, <c>not</c>, in any case as in Kibana's query language.</summary>
    public bool IsKeyword(string keyword) => Kind == FilterTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        FilterTokenKind.End => "the end of the filter",
        FilterTokenKind.String => $"\"{Text}\"",
        _ => $"'{Text}'",
    };
}
