using System.Text;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Diagnostics;

/// <summary>
/// Renders a diagnostic the way compilers do: <c>file:line:column: error CODE: message</c>, then the
/// source line with a caret under the offending text.
/// </summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic, SourceText source)
    {
        var (line, column) = source.LocationOf(diagnostic.Span.Start);
        var text = new StringBuilder();
        string where = source.Path is null ? $"{line}:{column}" : $"{source.Path}:{line}:{column}";
        string severity = diagnostic.Severity.ToString().ToLowerInvariant();
        text.Append(where).Append(": ").Append(severity).Append(' ').Append(diagnostic.Code).Append(": ").Append(diagnostic.Message).Append('\n');

        int lineIndex = source.LineIndexOf(diagnostic.Span.Start);
        string lineText = source.LineText(lineIndex).Replace('\t', ' ');
        int offset = diagnostic.Span.Start - source.LineStart(lineIndex);
        int width = Math.Max(1, Math.Min(diagnostic.Span.Length, lineText.Length - offset));
        text.Append("  ").Append(lineText).Append('\n');
        text.Append("  ").Append(' ', Math.Max(0, offset)).Append('^', width).Append('\n');
        return text.ToString();
    }

    public static string FormatAll(IEnumerable<Diagnostic> diagnostics, SourceText source) =>
        string.Concat(diagnostics.Select(d => Format(d, source)));
}
