using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Syntax;

/// <summary>
/// A token. <see cref="Text"/> is the source text; <see cref="Value"/> is the decoded value of a
/// literal (string, long, double, TimeSpan, or the raw inside of a typed literal).
/// </summary>
public sealed record Token(TokenKind Kind, TextSpan Span, string Text, object? Value = null)
{
    /// <summary>True when whitespace or a comment separates this token from the previous one.</summary>
    public bool HasLeadingTrivia { get; init; }

    public bool Is(TokenKind kind) => Kind == kind;

    /// <summary>True for an identifier spelled <paramref name="word"/> (keywords are case-sensitive in KQL).</summary>
    public bool IsWord(string word) => Kind == TokenKind.Identifier && Text == word;

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
