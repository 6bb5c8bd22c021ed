using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Symbols.Catalog;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>The string operators that may take <c>*</c> (every column) on their left.</summary>
    private static readonly HashSet<string> AnyColumnOperators = new(StringComparer.Ordinal)
    {
        "has", "has_cs", "hasprefix", "hasprefix_cs", "hassuffix", "hassuffix_cs", "contains", "contains_cs", "matches regex",
    };

    /// <summary>
    /// <c>* has "term"</c> (where, and the terms of search and find): true when any column of the row
    /// matches. Columns that are not strings are matched by their text, as <c>tostring()</c> gives it:
    /// Kusto's term search covers every column, not only the string ones.
    /// </summary>
    private BoundExpr BindAnyColumn(BinaryExpr binary, RowScope? row)
    {
        if (binary.Operator == "matches regex *")
        {
            Error(binary.Right.Span, "a search term with '*' inside it (a regular expression in Kusto) is not supported", DiagnosticCodes.UnsupportedConstruct);
            return new BoundError();
        }
        if (!AnyColumnOperators.Contains(binary.Operator) || row is null)
        {
            Error(binary.Left.Span, $"'*' cannot be the left side of '{binary.Operator}'; only term operators such as has or contains search every column",
                DiagnosticCodes.UnsupportedConstruct);
            return new BoundError();
        }
        var term = BindScalar(binary.Right, row);
        if (term.Type == KqlType.Unknown) return new BoundError();
        var function = FunctionCatalog.Operator(binary.Operator);
        var tostring = FunctionCatalog.Scalars["tostring"];
        BoundExpr? any = null;
        for (int i = 0; i < row.Input.Count; i++)
        {
            var column = row.Input.Columns[i];
            BoundExpr value = new BoundColumn(i, column.Name, column.Type);
            if (column.Type != KqlType.String) value = BindCall(tostring, [value], [binary.Left.Span], binary.Left.Span);
            var match = BindCall(function, [value, term], [binary.Left.Span, binary.Right.Span], binary.OperatorSpan);
            any = any is null ? match : BindCall(FunctionCatalog.Operator("or"), [any, match], [binary.Span, binary.Span], binary.Span);
        }
        return any ?? new BoundLiteral(KqlType.Bool, false);
    }
}
