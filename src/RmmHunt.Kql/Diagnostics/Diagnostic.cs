using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Diagnostics;

public enum Severity { Error, Warning, Info }

/// <summary>
/// A problem found in a query. Errors are values, not exceptions: the lexer, parser and binder
/// collect them and go on, so one run reports every problem it can find.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, TextSpan Span)
{
    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(string code, string message, TextSpan span) => new(Severity.Error, code, message, span);

    public static Diagnostic Warning(string code, string message, TextSpan span) => new(Severity.Warning, code, message, span);
}
