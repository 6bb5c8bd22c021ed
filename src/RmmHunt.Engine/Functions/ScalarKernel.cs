using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions;

/// <summary>
/// The compiled body of a scalar function for one call site: it takes its argument vectors and
/// returns the result vector for a whole batch. Kernels are built once per query and may specialise
/// on constant arguments (a constant needle, a precompiled regex).
/// </summary>
public abstract class ScalarKernel
{
    public abstract Column Invoke(Column[] args, int rowCount);
}

/// <summary>What a kernel factory knows about a call site.</summary>
public sealed class KernelRequest
{
    private readonly object?[] _constants;
    private readonly bool[] _isConstant;

    public KernelRequest(FunctionSymbol function, IReadOnlyList<KqlType> argTypes, object?[] constants, bool[] isConstant, KqlType resultType, RunContext context)
    {
        Function = function;
        ArgTypes = argTypes;
        _constants = constants;
        _isConstant = isConstant;
        ResultType = resultType;
        Context = context;
    }

    public FunctionSymbol Function { get; }
    public IReadOnlyList<KqlType> ArgTypes { get; }
    public KqlType ResultType { get; }
    public RunContext Context { get; }
    public int ArgCount => ArgTypes.Count;

    public bool IsConstant(int arg) => _isConstant[arg];

    public object? Constant(int arg) => _constants[arg];
}

/// <summary>Creates the kernel for a call site.</summary>
public delegate ScalarKernel KernelFactory(KernelRequest request);

/// <summary>A kernel from a delegate over whole vectors.</summary>
public sealed class DelegateKernel : ScalarKernel
{
    private readonly Func<Column[], int, Column> _body;

    public DelegateKernel(Func<Column[], int, Column> body) => _body = body;

    public override Column Invoke(Column[] args, int rowCount) => _body(args, rowCount);
}
