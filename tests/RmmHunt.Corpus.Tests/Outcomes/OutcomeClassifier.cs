using System.Text.RegularExpressions;
using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Corpus.Tests.Outcomes;

/// <summary>
/// Decides from a query's first error whether it names a construct RmmHunt does not support, a defect of
/// the query (checked by hand), or something not yet looked at.
/// </summary>
internal static partial class OutcomeClassifier
{
    public static (BlockerKind Kind, string? Construct) Classify(string file, string text, Diagnostic error)
    {
        if (KnownDefects.Reason(file, error.Message) is not null) return (BlockerKind.QueryDefect, null);
        if (Construct(error) is { } construct) return (BlockerKind.Unsupported, construct);
        // bag_unpack's columns are the keys found in the data; a key the synthetic rows do not hold
        // leaves a later reference unknown, as it would in Kusto over data without that key.
        if (error.Code == DiagnosticCodes.UnknownColumn && text.Contains("bag_unpack", StringComparison.Ordinal))
            return (BlockerKind.NeedsData, "a column that `bag_unpack` takes from keys the synthetic data does not hold");
        return (BlockerKind.Unchecked, null);
    }

    /// <summary>The construct an error says is unsupported, named the same way for every query it blocks.</summary>
    private static string? Construct(Diagnostic error)
    {
        switch (error.Code)
        {
            case DiagnosticCodes.UnsupportedOperator:
                return OperatorName().Match(error.Message) is { Success: true } op ? $"`{op.Groups[1].Value}` operator" : error.Message;
            case DiagnosticCodes.UnsupportedFunction:
            case DiagnosticCodes.UnknownFunction:
            case DiagnosticCodes.CloudOnly:
                return FunctionName().Match(error.Message) is { Success: true } fn ? $"`{fn.Groups[1].Value}()`" : error.Message;
            case DiagnosticCodes.UnsupportedConstruct:
                return error.Message;
        }
        return KnownGaps.FirstOrDefault(g => g.Pattern.IsMatch(error.Message)).Construct;
    }

    /// <summary>Errors RmmHunt's binder reports where Kusto accepts the query: gaps of ours, not defects of the query.</summary>
    private static readonly (Regex Pattern, string? Construct)[] KnownGaps =
    [
        // The Defender docs' own example compares IsApplicable == 1 (advanced-hunting-devicetvmsecureconfigurationassessment-table.md).
        (new Regex(@"cannot compare values of types bool and (int|long)|types (int|long) and bool"), "comparing a `bool` with a number"),
        (new Regex(@"^unknown table '_Im_"), "Sentinel ASIM parser functions (`_Im_...`)"),
        // Columns checked to be strings in advanced hunting are grouped by their text (Schemas/README.md); the
        // other Device* tables' JSON columns are not checked yet.
        (new Regex(@"^cannot group by a dynamic value"), "grouping by a JSON column not yet checked to be a string in advanced hunting"),
    ];

    [GeneratedRegex(@"the '([^']+)' operator")]
    private static partial Regex OperatorName();

    [GeneratedRegex(@"(?:function '?|^)([A-Za-z_][A-Za-z0-9_]*)(?:\(\)|')")]
    private static partial Regex FunctionName();
}
