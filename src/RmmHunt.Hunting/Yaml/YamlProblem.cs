using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting.Yaml;

/// <summary>Where the YAML readers send a problem; each loader turns it into its own diagnostic type.</summary>
internal delegate void ReportProblem(int line, int column, Severity severity, string code, string message);

/// <summary>A problem that makes a YAML file unreadable as a whole (bad syntax, a limit exceeded).</summary>
internal sealed record YamlProblem(int Line, int Column, string Code, string Message);
