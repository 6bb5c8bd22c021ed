namespace RmmHunt.Kql.Syntax;

public enum TokenKind
{
    EndOfFile,
    Bad,
    /// <summary>A name or a contextual keyword (KQL keywords are not reserved).</summary>
    Identifier,
    /// <summary>A negated word operator written with <c>!</c>: <c>!has</c>, <c>!in~</c>, <c>!contains_cs</c>.</summary>
    NegatedWord,
    String,
    Long,
    Real,
    TimeSpan,
    /// <summary><c>datetime(...)</c>, <c>guid(...)</c>, <c>timespan(...)</c>: the text inside the parentheses is raw.</summary>
    TypedLiteral,
    OpenParen, CloseParen, OpenBracket, CloseBracket, OpenBrace, CloseBrace,
    Comma, Semicolon, Colon, Dot, DotDot, Pipe,
    Equal, EqualEqual, BangEqual, LessGreater, Less, LessEqual, Greater, GreaterEqual, EqualTilde, BangTilde,
    Plus, Minus, Star, Slash, Percent, Bang, Question, FatArrow, At,
}
