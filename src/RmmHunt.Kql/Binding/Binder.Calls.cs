using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Symbols.Catalog;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>Let-bound functions may call each other; beyond this depth a call is reported as recursive.</summary>
    private const int MaxFunctionDepth = 32;

    private BoundExpr BindCallExpr(CallExpr call, RowScope? row)
    {
        if (_lets.Find(call.Name) is FunctionLet function)
        {
            return BindFunctionCall(function, call, row) switch
            {
                BoundExpr value => value,
                BoundTable => TabularInScalarPosition(call),
                _ => new BoundError(),
            };
        }
        if (FunctionCatalog.Aggregates.TryGetValue(call.Name, out var aggregate))
        {
            if (_aggregates is null)
            {
                Error(call.NameSpan, $"the aggregate {call.Name}() can only be used in summarize (or make-series)", DiagnosticCodes.NotAggregate);
                return new BoundError();
            }
            return BindAggregateCall(aggregate, call, row!);
        }
        if (FunctionCatalog.Scalars.TryGetValue(call.Name, out var scalar))
        {
            if (call.Args.Count < scalar.MinArgs || call.Args.Count > scalar.MaxArgs)
            {
                Error(call.Span, $"{scalar.Describe()}, but {call.Args.Count} were given", DiagnosticCodes.ArgumentCount);
                return new BoundError();
            }
            return scalar.RewrittenByBinder ? BindRewrittenCall(scalar, call, row) : BindScalarCall(scalar, call, row);
        }
        if (call.Name == "toscalar") return BindToScalar(call, row);
        if (call.Name == "materialize")
        {
            Error(call.Span, "materialize() returns a table; use it in a tabular position (let T = materialize(...))", DiagnosticCodes.NotScalar);
            return new BoundError();
        }
        ReportUnknownFunction(call);
        return new BoundError();
    }

    private BoundExpr TabularInScalarPosition(CallExpr call)
    {
        Error(call.Span, $"{call.Name}() returns a table, not a scalar value", DiagnosticCodes.NotScalar);
        return new BoundError();
    }

    private void ReportUnknownFunction(CallExpr call)
    {
        if (UnsupportedFunctions.Names.Contains(call.Name))
        {
            string reason = UnsupportedFunctions.Reason(call.Name) is { } why ? ": " + why : "";
            Error(call.NameSpan, $"the function {call.Name}() is not supported{reason}", DiagnosticCodes.UnsupportedFunction);
            return;
        }
        var known = FunctionCatalog.Scalars.Keys.Concat(FunctionCatalog.Aggregates.Keys).Concat(_lets.AllNames());
        var near = Suggestions.Nearest(call.Name, known);
        Error(call.NameSpan, $"unknown function '{call.Name}'" + (near is null ? "" : $"; did you mean '{near}'?"), DiagnosticCodes.UnknownFunction);
    }

    /// <summary>
    /// Binds the body of a let-bound function with its parameters bound to the call's arguments.
    /// Returns a <see cref="BoundExpr"/> or a <see cref="BoundTable"/> depending on the body, or null on error.
    /// </summary>
    /// <param name="piped">The table an <c>invoke</c> passes as the first (tabular) parameter.</param>
    private object? BindFunctionCall(FunctionLet function, CallExpr call, RowScope? row = null, BoundTable? piped = null)
    {
        var declaration = function.Declaration;
        var parameters = declaration.Parameters;
        int offset = piped is null ? 0 : 1;
        if (piped is not null && (parameters.Count == 0 || parameters[0].TabularColumns is null))
        {
            Error(call.Span, $"{function.Name}() cannot be invoked: its first parameter is not a table", DiagnosticCodes.TypeMismatch);
            return null;
        }
        int required = parameters.Count(p => p.Default is null) - offset;
        if (call.Args.Count < required || call.Args.Count > parameters.Count - offset)
        {
            int most = parameters.Count - offset;
            Error(call.Span, $"{function.Name}() takes {required}{(required == most ? "" : $" to {most}")} argument(s), but {call.Args.Count} were given", DiagnosticCodes.ArgumentCount);
            return null;
        }
        if (_functionDepth >= MaxFunctionDepth)
        {
            Error(call.Span, $"{function.Name}() calls itself too deeply (functions may not be recursive)", DiagnosticCodes.Limit);
            return null;
        }
        var scope = new LetScope(function.DefiningScope);
        if (piped is not null) scope.Declare(new TabularLet(parameters[0].Name, piped));
        for (int i = offset; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            int argumentIndex = i - offset;
            var argument = argumentIndex < call.Args.Count ? call.Args[argumentIndex] : parameter.Default!;
            if (parameter.TabularColumns is not null)
            {
                var table = BindTabular(argument);
                if (table is null) return null;
                scope.Declare(new TabularLet(parameter.Name, table));
            }
            else
            {
                // f(100) passes the long literal 100 to a parameter declared int, as published rules do.
                var value = CoerceLiteral(BindScalar(argument, row), parameter.Type, argument.Span, $"argument '{parameter.Name}' of {function.Name}()");
                scope.Declare(new ScalarLet(parameter.Name, value));
            }
        }
        var saved = _lets;
        _lets = scope;
        _functionDepth++;
        try
        {
            foreach (var let in declaration.Body.Lets) BindLet(let);
            var result = declaration.Body.Result;
            return IsTabular(result) ? BindTabular(result) : BindScalar(result, row);
        }
        finally
        {
            _functionDepth--;
            _lets = saved;
        }
    }
}
