using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting.Exclusions;

/// <summary>A problem in an exclusion file (an error keeps its exclusion out), or in applying an exclusion to a table.</summary>
public sealed record ExclusionError(string Path, int Line, int Column, Severity Severity, string Code, string Message)
    : FileDiagnostic(Path, Line, Column, Severity, Code, Message);
