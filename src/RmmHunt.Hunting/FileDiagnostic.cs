using System.Text;
using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting;

/// <summary>
/// A problem found in a rule or exclusion file, with the 1-based line and column a user sees in
/// their editor. Like KQL diagnostics these are values, not exceptions: a loader reports every
/// problem it finds and goes on with the rest of the file or directory. A <see cref="Line"/> of 0
/// means the problem concerns the whole file (it could not be read, or it is too large).
/// </summary>
public abstract record FileDiagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    /// <summary>The text of the offending line, for a caret under the column; null when unknown.</summary>
    public string? SourceLine { get; init; }

    public bool IsError => Severity == Severity.Error;

    /// <summary><c>file:line:col: error CODE: message</c>, the way compilers and editors expect it.</summary>
    public sealed override string ToString()
    {
        string where = Line > 0 ? $"{Path}:{Line}:{Column}" : Path;
        return $"{where}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }

    /// <summary><see cref="ToString"/> followed by the source line with a caret under the column.</summary>
    public string Format()
    {
        var text = new StringBuilder(ToString()).Append('\n');
        if (SourceLine is null || Line <= 0) return text.ToString();
        text.Append("  ").Append(SourceLine.Replace('\t', ' ')).Append('\n');
        text.Append("  ").Append(' ', Math.Max(0, Column - 1)).Append("^\n");
        return text.ToString();
    }
}
