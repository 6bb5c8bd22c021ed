using System.Runtime.CompilerServices;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Symbols.Catalog;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Text;
using RmmHunt.Kql.Values;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>Collects the aggregate calls of a summarize while its expressions are bound.</summary>
    private AggregateCollector? _aggregates;

    /// <summary>Binds a scalar expression in a row context (null outside any operator).</summary>
    private BoundExpr BindScalar(Expr expr, RowScope? row)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var bound = BindScalarCore(expr, row);
        return bound.Span == default ? bound with { Span = expr.Span } : bound;
    }

    private BoundExpr BindScalarCore(Expr expr, RowScope? row)
    {
        switch (expr)
        {
            case LiteralExpr literal:
                return new BoundLiteral(literal.Type, literal.Value);
            case DynamicLiteralExpr dynamic:
                return new BoundLiteral(KqlType.Dynamic, dynamic.Value);
            case NameExpr name:
                return BindName(name, row);
            case BinaryExpr binary:
                return BindBinary(binary, row);
            case UnaryExpr unary:
                return BindCall(FunctionCatalog.Operator("negate"), [BindScalar(unary.Operand, row)], [unary.Operand.Span], unary.Span);
            case BetweenExpr between:
                return BindBetween(between, row);
            case ListOperatorExpr list:
                return BindListOperator(list, row);
            case CallExpr call:
                return BindCallExpr(call, row);
            case MemberExpr { Target: NameExpr target } member when row?.Qualified?.Invoke(target.Name, member.Member) is { } qualified:
                return qualified;
            case MemberExpr member:
                return BindDynamicAccess(member.Target, new BoundLiteral(KqlType.String, member.Member), row, member.Span);
            case IndexExpr index:
                return BindDynamicAccess(index.Target, BindScalar(index.Index, row), row, index.Span);
            case MissingExpr:
                return new BoundError();
            case StarExpr:
                Error(expr.Span, "'*' is only allowed as an argument of functions such as arg_max");
                return new BoundError();
            case TypeofExpr:
                Error(expr.Span, "typeof() is only allowed as an argument of functions that take a type");
                return new BoundError();
            case PipeExpr or DatatableExpr or PrintExpr or UnsupportedExpr:
                if (expr is UnsupportedExpr u) Error(u.Span, $"the '{u.Construct}' operator is not supported", DiagnosticCodes.UnsupportedOperator);
                else Error(expr.Span, "a tabular expression cannot be used as a scalar value; use toscalar() to take its first value", DiagnosticCodes.NotScalar);
                return new BoundError();
            default:
                Error(expr.Span, $"this expression is not supported here", DiagnosticCodes.UnsupportedConstruct);
                return new BoundError();
        }
    }

    private BoundExpr BindName(NameExpr name, RowScope? row)
    {
        var column = row?.Resolve(name.Name);
        if (column is not null) return column;
        switch (_lets.Find(name.Name))
        {
            case ScalarLet scalar:
                return scalar.Value;
            case TabularLet:
                Error(name.Span, $"'{name.Name}' is a table, not a scalar value; use toscalar({name.Name}) to take its first value", DiagnosticCodes.NotScalar);
                return new BoundError();
            case FunctionLet function when function.Declaration.Parameters.Count == 0:
                return BindFunctionCall(function, new CallExpr(name.Span, name.Name, name.Span, [])) as BoundExpr ?? new BoundError();
            case FailedLet:
                return new BoundError();
        }
        ReportUnknownName(name, row);
        return new BoundError();
    }

    private void ReportUnknownName(NameExpr name, RowScope? row)
    {
        if (row is null)
        {
            Error(name.Span, $"unknown name '{name.Name}'", DiagnosticCodes.UnknownName);
            return;
        }
        string table = row.Input.Name.Length > 0 ? row.Input.Name : "the input of this operator";
        var columns = row.Names.ToArray();
        string? near = Suggestions.Nearest(name.Name, columns)
            ?? columns.FirstOrDefault(c => c.EndsWith(name.Name, StringComparison.OrdinalIgnoreCase));
        string hint = near is null ? "" : $"; did you mean '{near}'?";
        Error(name.Span, $"unknown column '{name.Name}': {table} has no such column{hint}", DiagnosticCodes.UnknownColumn);
    }

    private BoundExpr BindBinary(BinaryExpr binary, RowScope? row)
    {
        if (binary.Left is StarExpr) return BindAnyColumn(binary, row);
        var left = BindScalar(binary.Left, row);
        var right = BindScalar(binary.Right, row);
        var function = FunctionCatalog.Operators.GetValueOrDefault(binary.Operator);
        if (function is null)
        {
            Error(binary.OperatorSpan, $"the operator '{binary.Operator}' is not supported", DiagnosticCodes.UnsupportedOperator);
            return new BoundError();
        }
        return BindCall(function, [left, right], [binary.Left.Span, binary.Right.Span], binary.OperatorSpan);
    }

    /// <summary><c>x between (a .. b)</c> is <c>x &gt;= a and x &lt;= b</c>; with a datetime and a timespan, b is a length.</summary>
    private BoundExpr BindBetween(BetweenExpr between, RowScope? row)
    {
        var value = BindScalar(between.Left, row);
        var low = BindScalar(between.Low, row);
        var high = BindScalar(between.High, row);
        if (value.Type == KqlType.DateTime && low.Type == KqlType.DateTime && high.Type == KqlType.TimeSpan)
            high = BindCall(FunctionCatalog.Operator("+"), [low, high], [between.Low.Span, between.High.Span], between.High.Span);
        var spans = new[] { between.Left.Span, between.Low.Span };
        if (!between.Negated)
        {
            var atLeast = BindCall(FunctionCatalog.Operator(">="), [value, low], spans, between.Span);
            var atMost = BindCall(FunctionCatalog.Operator("<="), [value, high], [between.Left.Span, between.High.Span], between.Span);
            return BindCall(FunctionCatalog.Operator("and"), [atLeast, atMost], [between.Span, between.Span], between.Span);
        }
        var below = BindCall(FunctionCatalog.Operator("<"), [value, low], spans, between.Span);
        var above = BindCall(FunctionCatalog.Operator(">"), [value, high], [between.Left.Span, between.High.Span], between.Span);
        return BindCall(FunctionCatalog.Operator("or"), [below, above], [between.Span, between.Span], between.Span);
    }

    private BoundExpr BindDynamicAccess(Expr targetSyntax, BoundExpr key, RowScope? row, TextSpan span)
    {
        var target = BindScalar(targetSyntax, row);
        if (target.Type is KqlType.Unknown || key.Type is KqlType.Unknown) return new BoundError();
        if (target.Type != KqlType.Dynamic)
        {
            Error(span, $"property and element access needs a dynamic value, but the value is {target.Type.Name()}", DiagnosticCodes.TypeMismatch);
            return new BoundError();
        }
        if (key.Type is not (KqlType.String or KqlType.Long or KqlType.Int or KqlType.Dynamic))
        {
            Error(span, $"an index must be a string or an integer, not {key.Type.Name()}", DiagnosticCodes.TypeMismatch);
            return new BoundError();
        }
        return new BoundDynamicAccess(target, key);
    }

    /// <summary>
    /// Resolves a built-in function against its arguments, inserts the implicit conversions and checks
    /// constant parameters. An argument that failed to bind yields an error node without a second message.
    /// </summary>
    private BoundExpr BindCall(FunctionSymbol function, IReadOnlyList<BoundExpr> args, IReadOnlyList<TextSpan> argSpans, TextSpan span)
    {
        if (args.Any(a => a.Type == KqlType.Unknown)) return new BoundError();
        var resolution = function.Resolve(args.Select(a => a.Type).ToArray());
        if (resolution.Error is not null)
        {
            string what = function.Kind == FunctionKind.Operator ? $"'{function.Name}'" : $"{function.Name}()";
            Error(span, $"{what}: {resolution.Error}", DiagnosticCodes.TypeMismatch);
            return new BoundError();
        }
        if (resolution.Warning is not null)
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Suspicious, $"'{function.Name}' {resolution.Warning}", span));
        var converted = new BoundExpr[args.Count];
        for (int i = 0; i < args.Count; i++)
        {
            converted[i] = Convert(args[i], resolution.ParameterTypes[i]);
            if (function.ConstantParameters.Contains(i) && !IsConstant(converted[i]))
                Error(argSpans[i], $"argument {i + 1} of {function.Name}() must be a constant", DiagnosticCodes.NotConstant);
        }
        return new BoundCall(function, converted, resolution.Result) { Span = span };
    }

    private static BoundExpr Convert(BoundExpr value, KqlType target)
    {
        if (target == KqlType.Unknown || value.Type == target) return value;
        if (value is BoundLiteral literal && ConstantConversion.TryConvert(literal.Value, target, out var converted))
            return new BoundLiteral(target, converted) { Span = value.Span };
        return new BoundConvert(value, target) { Span = value.Span };
    }

    /// <summary>Converts to a required type, reporting when the types do not mix.</summary>
    private BoundExpr Coerce(BoundExpr value, KqlType target, TextSpan span, string what)
    {
        if (value.Type == KqlType.Unknown) return value;
        if (!TypeCoercion.CanCoerce(value.Type, target))
        {
            Error(span, $"{what} must be {target.Name()}, but it is {value.Type.Name()}", DiagnosticCodes.TypeMismatch);
            return new BoundError();
        }
        return Convert(value, target);
    }

    /// <summary>
    /// Like <see cref="Coerce"/>, but a literal converts to the target type whenever its value fits, also
    /// where no implicit conversion exists between the types (a long literal to an int column or parameter).
    /// </summary>
    private BoundExpr CoerceLiteral(BoundExpr value, KqlType target, TextSpan span, string what) =>
        value is BoundLiteral literal && literal.Type != target && ConstantConversion.TryConvert(literal.Value, target, out var fitted)
            ? new BoundLiteral(target, fitted) { Span = value.Span }
            : Coerce(value, target, span, what);

    private static bool IsConstant(BoundExpr expr) => expr switch
    {
        BoundLiteral => true,
        BoundConvert c => IsConstant(c.Operand),
        BoundCall call => !call.Function.IsVolatile && !call.Function.IsWindow && call.Function.Kind != FunctionKind.Aggregate && call.Args.All(IsConstant),
        _ => false,
    };

    /// <summary>The value of a constant expression (literals, conversions of literals), reported when not constant.</summary>
    private object? ConstantValue(BoundExpr expr, TextSpan span, string what)
    {
        switch (expr)
        {
            case BoundLiteral literal:
                return literal.Value;
            case BoundConvert { Operand: BoundLiteral literal } convert when ConstantConversion.TryConvert(literal.Value, convert.Type, out var value):
                return value;
            case BoundError:
                return null;
        }
        Error(span, $"{what} must be a constant", DiagnosticCodes.NotConstant);
        return null;
    }
}
