using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Binding;

/// <summary>
/// A typed scalar expression. Argument types match their function's resolved signature exactly
/// (the binder inserted every implicit conversion), so the engine never guesses types.
/// </summary>
public abstract record BoundExpr(KqlType Type)
{
    /// <summary>Where in the query this expression came from, for run-time messages.</summary>
    public TextSpan Span { get; init; }
}

/// <summary>A constant. <see cref="Value"/> is null for a typed null; strings are never null.</summary>
public sealed record BoundLiteral(KqlType Type, object? Value) : BoundExpr(Type);

/// <summary>The column at <see cref="Ordinal"/> of the operator's input.</summary>
public sealed record BoundColumn(int Ordinal, string Name, KqlType Type) : BoundExpr(Type);

/// <summary>A call of a built-in function or operator.</summary>
public sealed record BoundCall(FunctionSymbol Function, IReadOnlyList<BoundExpr> Args, KqlType Type) : BoundExpr(Type);

/// <summary>An implicit or explicit conversion to <see cref="BoundExpr.Type"/> (dynamic to string, int to long...).</summary>
public sealed record BoundConvert(BoundExpr Operand, KqlType Type) : BoundExpr(Type);

/// <summary>
/// <c>in</c>, <c>!in</c>, <c>in~</c>, <c>!in~</c>, <c>has_any</c>, <c>has_all</c>. Items are scalars or
/// dynamic arrays (whose elements count as items); <see cref="Subquery"/> is set for <c>in (T | ...)</c>.
/// </summary>
public sealed record BoundListOperator(string Operator, BoundExpr Value, IReadOnlyList<BoundExpr> Items, BoundTable? Subquery) : BoundExpr(KqlType.Bool);

/// <summary>Property or element access on a dynamic value: <c>d.key</c>, <c>d["key"]</c>, <c>a[0]</c>.</summary>
public sealed record BoundDynamicAccess(BoundExpr Target, BoundExpr Key) : BoundExpr(KqlType.Dynamic);

/// <summary><c>toscalar(T)</c>: the first column of the first row, evaluated once before the query runs.</summary>
public sealed record BoundScalarSubquery(BoundTable Query, KqlType Type) : BoundExpr(Type);

/// <summary>Stands for an expression that failed to bind; its errors were reported already.</summary>
public sealed record BoundError() : BoundExpr(KqlType.Unknown);
