using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting.Rules;

/// <summary>A problem loading a rule file (an error keeps the rule out; a warning does not).</summary>
public sealed record RuleLoadError(string Path, int Line, int Column, Severity Severity, string Code, string Message)
    : FileDiagnostic(Path, Line, Column, Severity, Code, Message);
