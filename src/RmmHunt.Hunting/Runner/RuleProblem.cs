using RmmHunt.Kql;

namespace RmmHunt.Hunting.Runner;

/// <summary>A reason a rule did not run, at a line and column of its file, with a code to group by (KQL031, NODATA...).</summary>
public sealed record RuleProblem(int Line, int Column, string Code, string Message)
{
    public const string NoData = "NODATA";

    /// <summary>The compilation's errors with their file positions.</summary>
    public static IReadOnlyList<RuleProblem> From(KqlCompilation compilation) =>
        compilation.Diagnostics.Where(d => d.IsError).Select(d =>
        {
            var (line, column) = compilation.Source.LocationOf(d.Span.Start);
            return new RuleProblem(line, column, d.Code, d.Message);
        }).ToList();
}
