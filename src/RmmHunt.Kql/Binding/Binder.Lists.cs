using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Symbols.Catalog;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    private static readonly HashSet<string> StringListOperators = new(StringComparer.Ordinal) { "in~", "!in~", "has_any", "has_all" };

    /// <summary>
    /// <c>x in (a, b)</c> and its kin. Items may be scalars, dynamic arrays (flattened), or one tabular
    /// expression whose first column is the list.
    /// </summary>
    private BoundExpr BindListOperator(ListOperatorExpr list, RowScope? row)
    {
        string op = list.Operator;
        if (op is "!has_any" or "!has_all")
        {
            Error(list.OperatorSpan, $"'{op}' is not a KQL operator; use not(x {op[1..]} (...))", DiagnosticCodes.UnsupportedOperator);
            return new BoundError();
        }
        var value = BindScalar(list.Left, row);
        if (value.Type == KqlType.Unknown) return value;
        bool stringOperator = StringListOperators.Contains(op);
        bool warned = false; // one warning per list for comparing strings with another type
        if (stringOperator && value.Type is not (KqlType.String or KqlType.Dynamic))
        {
            Error(list.Left.Span, $"the left side of '{op}' must be a string, but it is {value.Type.Name()}", DiagnosticCodes.TypeMismatch);
            return new BoundError();
        }
        if (list.Items.Count == 0)
        {
            Error(list.OperatorSpan, $"'{op}' needs at least one value", DiagnosticCodes.SyntaxError);
            return new BoundError();
        }
        if (list.Items.Count == 1 && IsTabular(list.Items[0]))
        {
            var subquery = BindTabular(list.Items[0]);
            if (subquery is null) return new BoundError();
            if (subquery.Schema.Count == 0)
            {
                Error(list.Items[0].Span, "the tabular expression has no columns", DiagnosticCodes.TypeMismatch);
                return new BoundError();
            }
            var itemType = subquery.Schema.Columns[0].Type;
            var common = stringOperator ? KqlType.String : TypeCoercion.Common(value.Type, itemType) ?? MixedListComparison(op, value.Type, itemType, list.Span, ref warned);
            if (common is null)
            {
                Error(list.Span, $"cannot compare {value.Type.Name()} with the {itemType.Name()} values of the subquery", DiagnosticCodes.TypeMismatch);
                return new BoundError();
            }
            return new BoundListOperator(op, Convert(value, common.Value), [], subquery) { Span = list.Span };
        }

        var items = list.Items.Select(i => BindScalar(i, row)).ToArray();
        if (items.Any(i => i.Type == KqlType.Unknown)) return new BoundError();
        KqlType target = stringOperator ? KqlType.String : value.Type;
        if (!stringOperator)
        {
            foreach (var item in items.Where(i => i.Type != KqlType.Dynamic))
            {
                var common = TypeCoercion.Common(target, item.Type) ?? MixedListComparison(op, target, item.Type, item.Span, ref warned);
                if (common is null)
                {
                    Error(item.Span, $"cannot compare {value.Type.Name()} with {item.Type.Name()} in '{op}'", DiagnosticCodes.TypeMismatch);
                    return new BoundError();
                }
                target = common.Value;
            }
            if (target == KqlType.Dynamic) target = KqlType.String;
        }
        var converted = items.Select(i => i.Type == KqlType.Dynamic ? i : ConvertListItem(i, target)).ToArray();
        return new BoundListOperator(op, Convert(value, target), converted, null) { Span = list.Span };
    }

    /// <summary>A string compared with another scalar type: accepted with a warning, as for <c>==</c> (see <see cref="OperatorFunctions.StringComparedWith"/>).</summary>
    private KqlType? MixedListComparison(string op, KqlType a, KqlType b, Text.TextSpan span, ref bool warned)
    {
        if (OperatorFunctions.StringComparedWith(a, b) is not { } typed) return null;
        if (warned) return typed;
        warned = true;
        _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Suspicious, $"'{op}' {OperatorFunctions.MixedComparisonWarning(a, b, typed)}", span));
        return typed;
    }

    /// <summary>List items convert to the compared type; for string operators any scalar is taken as its text.</summary>
    private static BoundExpr ConvertListItem(BoundExpr item, KqlType target) =>
        target == KqlType.String && item.Type != KqlType.String
            ? new BoundConvert(item, KqlType.String) { Span = item.Span }
            : Convert(item, target);
}
