using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Functions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Expressions;

/// <summary>
/// Compiles bound scalar expressions into evaluators: picks each function's kernel for its argument
/// types, folds constant sub-expressions (including <c>now()</c>, fixed per run), and runs subqueries
/// of <c>in (T | ...)</c> and <c>toscalar()</c> once, before the query, through <see cref="_subqueries"/>.
/// </summary>
public sealed class ExpressionCompiler
{
    private static readonly Batch OneRow = new([], 1);

    private readonly RunContext _context;
    private readonly Func<BoundTable, ResultTable> _subqueries;

    public ExpressionCompiler(RunContext context, Func<BoundTable, ResultTable> subqueries)
    {
        _context = context;
        _subqueries = subqueries;
    }

    /// <summary>The run the query is compiled for (its clock, warnings, externaldata copies).</summary>
    public RunContext Context => _context;

    public Evaluator Compile(BoundExpr expr)
    {
        // Let chains can build trees deeper than any one statement; fail with a message, not a stack overflow.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return CompileNode(expr);
    }

    private Evaluator CompileNode(BoundExpr expr) => expr switch
    {
        BoundLiteral literal => new ConstantEvaluator(literal.Type, literal.Value),
        BoundColumn column => new ColumnEvaluator(column.Ordinal, column.Type),
        BoundConvert convert => CompileConvert(convert),
        BoundCall call => CompileCall(call),
        BoundListOperator list => CompileList(list),
        BoundDynamicAccess access => CompileAccess(access),
        BoundScalarSubquery subquery => new ConstantEvaluator(subquery.Type, FirstValue(_subqueries(subquery.Query))),
        _ => throw new QueryException($"cannot compile expression {expr.GetType().Name}"),
    };

    private Evaluator CompileCall(BoundCall call)
    {
        if (!KernelRegistry.TryGet(call.Function.Name, out var factory))
            throw new QueryException($"the function {call.Function.Name}() has no implementation");
        var args = call.Args.Select(Compile).ToArray();
        var constants = args.Select(a => a is ConstantEvaluator c ? c.Value : null).ToArray();
        var isConstant = args.Select(a => a is ConstantEvaluator).ToArray();
        var request = new KernelRequest(call.Function, call.Args.Select(a => a.Type).ToArray(), constants, isConstant, call.Type, _context);
        var evaluator = new KernelEvaluator(factory(request), args, call.Type);
        // Window functions depend on their row's position, volatile ones on nothing: neither is folded.
        return call.Function.IsVolatile || call.Function.IsWindow ? evaluator : FoldIfConstant(evaluator, isConstant);
    }

    private Evaluator CompileConvert(BoundConvert convert)
    {
        var operand = Compile(convert.Operand);
        return Fold(new ConvertEvaluator(operand, convert.Type), operand);
    }

    private Evaluator CompileAccess(BoundDynamicAccess access)
    {
        var target = Compile(access.Target);
        var key = Compile(access.Key);
        return Fold(new DynamicAccessEvaluator(target, key), target, key);
    }

    private Evaluator CompileList(BoundListOperator list)
    {
        var value = Compile(list.Value);
        IReadOnlyList<object?> items;
        if (list.Subquery is not null)
        {
            var result = _subqueries(list.Subquery);
            items = result.RowCount == 0 ? [] : Enumerable.Range(0, result.RowCount).Select(r => result.Columns[0].GetValue(r)).ToArray();
        }
        else
        {
            var compiled = list.Items.Select(Compile).ToArray();
            if (compiled.Any(c => c is not ConstantEvaluator))
                throw new QueryException($"the values of '{list.Operator}' must be constants here");
            items = compiled.Select(c => ((ConstantEvaluator)c).Value).ToArray();
        }
        return Fold(new ListEvaluator(list.Operator, value, items), value);
    }

    private static Evaluator Fold(Evaluator evaluator, params Evaluator[] children) =>
        FoldIfConstant(evaluator, children.Select(c => c is ConstantEvaluator).ToArray());

    /// <summary>Evaluates once on a single row when every argument is constant.</summary>
    private static Evaluator FoldIfConstant(Evaluator evaluator, bool[] argumentsConstant)
    {
        if (argumentsConstant.Any(c => !c)) return evaluator;
        var column = evaluator.Evaluate(OneRow);
        return new ConstantEvaluator(evaluator.Type, column.GetValue(0));
    }

    private static object? FirstValue(ResultTable table) =>
        table.RowCount == 0 || table.Columns.Count == 0 ? null : table.Columns[0].GetValue(0);
}
