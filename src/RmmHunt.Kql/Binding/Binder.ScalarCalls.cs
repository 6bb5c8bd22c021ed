using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Symbols.Catalog;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// A call of a built-in scalar function. A <c>typeof(T)</c> argument where the function takes one
    /// (<c>extract(re, 1, s, typeof(long))</c>) is passed as T's name and makes the call return T.
    /// </summary>
    private BoundExpr BindScalarCall(FunctionSymbol function, CallExpr call, RowScope? row)
    {
        var args = new BoundExpr[call.Args.Count];
        KqlType? requested = null;
        for (int i = 0; i < args.Length; i++)
        {
            var syntax = call.Args[i];
            if (function.TypeArgument == i)
            {
                if (syntax is not TypeofExpr type)
                {
                    Error(syntax.Span, $"argument {i + 1} of {function.Name}() must be a type, such as typeof(long)", DiagnosticCodes.TypeMismatch);
                    return new BoundError();
                }
                requested = type.Type;
                args[i] = new BoundLiteral(KqlType.String, type.Type.Name()) { Span = syntax.Span };
                continue;
            }
            args[i] = BindScalar(syntax, row);
        }
        var bound = BindCall(function, args, call.Args.Select(a => a.Span).ToArray(), call.Span);
        return requested is { } result && bound is BoundCall resolved ? resolved with { Type = result } : bound;
    }

    private BoundExpr BindRewrittenCall(FunctionSymbol function, CallExpr call, RowScope? row) => function.Name switch
    {
        "column_ifexists" or "columnifexists" => BindColumnIfExists(call, row),
        "iscolumnexists" => BindIsColumnExists(call, row),
        "bag_pack_columns" => BindBagPackColumns(call, row),
        "pack_all" => BindPackAll(call, row),
        _ => throw new InvalidOperationException($"no rewrite for {function.Name}()"),
    };

    /// <summary>
    /// <c>column_ifexists("Name", default)</c>: the input's column Name when it has one, else the default.
    /// The result has the default's type (Kusto types the call by its second argument), so an existing
    /// column of another type is converted.
    /// </summary>
    private BoundExpr BindColumnIfExists(CallExpr call, RowScope? row)
    {
        var fallback = BindScalar(call.Args[1], row);
        // The name is a constant: a literal, or a let-bound string (`let KeyColumn = 'DeviceId';`).
        string? name = call.Args[0] is LiteralExpr { Value: string literal } ? literal
            : call.Args[0] is NameExpr && BindScalar(call.Args[0], null) is BoundLiteral { Value: string bound } ? bound : null;
        if (name is null)
        {
            Error(call.Args[0].Span, "the first argument of column_ifexists() must be a constant string (the column name)", DiagnosticCodes.NotConstant);
            return new BoundError();
        }
        if (fallback.Type == KqlType.Unknown) return fallback;
        if (row?.Resolve(name) is not { } column) return fallback;
        return column.Type == fallback.Type ? column : new BoundConvert(column, fallback.Type) { Span = call.Span };
    }

    /// <summary><c>bag_pack_columns(A, B, ...)</c>: a bag of the named columns, keyed by their names [doc bag-pack-columns-function].</summary>
    private BoundExpr BindBagPackColumns(CallExpr call, RowScope? row)
    {
        var args = new List<BoundExpr>();
        foreach (var arg in call.Args)
        {
            if (arg is not NameExpr name)
            {
                Error(arg.Span, "the arguments of bag_pack_columns() must be column names", DiagnosticCodes.TypeMismatch);
                return new BoundError();
            }
            var value = BindScalar(arg, row);
            if (value is BoundError) return value;
            args.Add(new BoundLiteral(KqlType.String, name.Name));
            args.Add(value);
        }
        return BindCall(FunctionCatalog.Scalars["bag_pack"], args, call.Args.SelectMany(a => new[] { a.Span, a.Span }).ToArray(), call.Span);
    }

    /// <summary><c>iscolumnexists("Name")</c>: whether the input has the column, a constant.</summary>
    private BoundExpr BindIsColumnExists(CallExpr call, RowScope? row)
    {
        if (call.Args[0] is not LiteralExpr { Value: string name })
        {
            Error(call.Args[0].Span, "the argument of iscolumnexists() must be a string literal (the column name)", DiagnosticCodes.NotConstant);
            return new BoundError();
        }
        return new BoundLiteral(KqlType.Bool, row?.Resolve(name) is not null) { Span = call.Span };
    }

    /// <summary>
    /// <c>pack_all([ignore_null_empty])</c>: a bag of every input column. Bound as a call whose arguments
    /// are the flag, then each column's name and value.
    /// </summary>
    private BoundExpr BindPackAll(CallExpr call, RowScope? row)
    {
        BoundExpr flag = new BoundLiteral(KqlType.Bool, false);
        if (call.Args.Count == 1)
        {
            flag = BindScalar(call.Args[0], row);
            if (flag is not BoundLiteral { Type: KqlType.Bool })
            {
                Error(call.Args[0].Span, "the argument of pack_all() must be the literal true or false", DiagnosticCodes.NotConstant);
                return new BoundError();
            }
        }
        var args = new List<BoundExpr> { flag };
        var columns = row?.Input.Columns ?? [];
        for (int i = 0; i < columns.Count; i++)
        {
            args.Add(new BoundLiteral(KqlType.String, columns[i].Name));
            args.Add(new BoundColumn(i, columns[i].Name, columns[i].Type));
        }
        return new BoundCall(FunctionCatalog.Scalars["pack_all"], args, KqlType.Dynamic) { Span = call.Span };
    }

    /// <summary>
    /// <c>toscalar(T)</c>: the first column of T's first row (null when T is empty), computed once before
    /// the query runs [doc toscalar-function]; a scalar argument is its own value.
    /// </summary>
    private BoundExpr BindToScalar(CallExpr call, RowScope? row)
    {
        if (call.Args.Count != 1)
        {
            Error(call.Span, $"toscalar() takes 1 argument(s), but {call.Args.Count} were given", DiagnosticCodes.ArgumentCount);
            return new BoundError();
        }
        if (!IsTabular(call.Args[0])) return BindScalar(call.Args[0], row);
        var table = BindTabular(call.Args[0]);
        if (table is null) return new BoundError();
        if (table.Schema.Count == 0)
        {
            Error(call.Args[0].Span, "toscalar() needs a table with at least one column", DiagnosticCodes.NotScalar);
            return new BoundError();
        }
        return new BoundScalarSubquery(table, table.Schema.Columns[0].Type) { Span = call.Span };
    }
}
