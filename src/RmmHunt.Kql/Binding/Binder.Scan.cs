using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// <c>scan</c> (scan-operator.md): conditions and assignments see the record's columns by name and the
    /// state's records as <c>Step.Column</c>. <c>output=last</c> is not supported yet and says so.
    /// </summary>
    private BoundTable? BindScan(BoundTable input, ScanOperator scan)
    {
        if (scan.Steps.Count == 0)
        {
            Error(scan.Span, "scan needs at least one step", DiagnosticCodes.SyntaxError);
            return null;
        }
        var record = input.Schema.Columns.ToList();
        var defaults = new List<object?>();
        foreach (var declaration in scan.Declarations)
        {
            if (record.Any(c => c.Name == declaration.Name))
            {
                Error(declaration.Span, $"the column '{declaration.Name}' is declared more than once", DiagnosticCodes.DuplicateColumn);
                return null;
            }
            record.Add(new ColumnSymbol(declaration.Name, declaration.Type));
            object? value = null;
            if (declaration.Default is not null)
                value = ConstantValue(Coerce(BindScalar(declaration.Default, null), declaration.Type, declaration.Default.Span, $"the default of '{declaration.Name}'"),
                    declaration.Default.Span, $"the default of '{declaration.Name}'");
            defaults.Add(value);
        }
        var stepNames = scan.Steps.Select(s => s.Name).ToList();
        if (stepNames.Distinct(StringComparer.Ordinal).Count() != stepNames.Count)
        {
            Error(scan.Span, "the step names of scan must be unique", DiagnosticCodes.DuplicateColumn);
            return null;
        }
        int width = record.Count;
        // The row the expressions see: the record, then each step's record of the state.
        var layout = record.Concat(stepNames.SelectMany(step => record.Select(c => new ColumnSymbol(step + "." + c.Name, c.Type)))).ToList();
        var layoutSchema = new TableSchema("", layout);
        BoundExpr? Qualified(string step, string column)
        {
            int s = stepNames.IndexOf(step);
            int c = record.FindIndex(r => r.Name == column);
            return s < 0 || c < 0 ? null : new BoundColumn(width * (s + 1) + c, step + "." + column, record[c].Type);
        }
        var steps = new List<BoundScanStep>();
        foreach (var step in scan.Steps)
        {
            if (step.Output is not (null or "all" or "none"))
            {
                Error(step.Span, step.Output == "last" ? "scan steps with output=last are not supported" : $"'{step.Output}' is not a scan output (all, last or none)",
                    DiagnosticCodes.UnsupportedConstruct);
                return null;
            }
            var scope = new RowScope(layoutSchema) { Qualified = Qualified };
            var condition = Coerce(BindScalar(step.Condition, scope), KqlType.Bool, step.Condition.Span, $"the condition of step '{step.Name}'");
            var assignments = new List<(int, BoundExpr)>();
            foreach (var assignment in step.Assignments)
            {
                int declared = assignment.Names.Count == 1 ? scan.Declarations.ToList().FindIndex(d => d.Name == assignment.Names[0]) : -1;
                if (declared < 0)
                {
                    Error(assignment.Span, "a scan step can only assign the columns of its declare clause", DiagnosticCodes.UnknownColumn);
                    return null;
                }
                var value = BindScalar(assignment.Value, new RowScope(layoutSchema) { Qualified = Qualified });
                assignments.Add((declared, Coerce(value, scan.Declarations[declared].Type, assignment.Value.Span, $"the value of '{assignment.Names[0]}'")));
            }
            steps.Add(new BoundScanStep(step.Name, step.Output != "none", condition, assignments));
        }
        var output = record.ToList();
        if (scan.MatchId is { } matchId) output.Add(new ColumnSymbol(ColumnNames.Unique(matchId, output.Select(c => c.Name).ToList()), KqlType.Long));
        return new BoundScan(input, record.Skip(input.Schema.Count).ToList(), defaults, steps, scan.MatchId is not null, new TableSchema(input.Schema.Name, output));
    }
}
