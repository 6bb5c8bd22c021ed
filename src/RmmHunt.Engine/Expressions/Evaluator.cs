using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Expressions;

/// <summary>
/// A compiled scalar expression: evaluates over a whole batch and returns one value per row. Built
/// once per query from the bound tree, with kernels chosen for the exact argument types and constant
/// sub-expressions folded.
/// </summary>
public abstract class Evaluator
{
    protected Evaluator(KqlType type) => Type = type;

    public KqlType Type { get; }

    public abstract Column Evaluate(Batch batch);
}

public sealed class ColumnEvaluator(int ordinal, KqlType type) : Evaluator(type)
{
    public int Ordinal { get; } = ordinal;

    public override Column Evaluate(Batch batch) => batch.Column(Ordinal);
}

public sealed class ConstantEvaluator : Evaluator
{
    private Column? _cached;

    public ConstantEvaluator(KqlType type, object? value) : base(type) => Value = value;

    public object? Value { get; }

    public override Column Evaluate(Batch batch)
    {
        var cached = _cached;
        if (cached is not null && cached.Length == batch.RowCount) return cached;
        cached = Column.Constant(Type, Value, batch.RowCount);
        _cached = cached;
        return cached;
    }
}

public sealed class KernelEvaluator(Functions.ScalarKernel kernel, Evaluator[] args, KqlType type) : Evaluator(type)
{
    public override Column Evaluate(Batch batch)
    {
        var columns = new Column[args.Length];
        for (int i = 0; i < args.Length; i++) columns[i] = args[i].Evaluate(batch);
        return kernel.Invoke(columns, batch.RowCount);
    }
}

public sealed class ConvertEvaluator(Evaluator operand, KqlType type) : Evaluator(type)
{
    public override Column Evaluate(Batch batch) =>
        Functions.Kernels.ConversionKernels.Convert(operand.Evaluate(batch), Type, batch.RowCount);
}
