namespace RmmHunt.Kql.Symbols;

public enum FunctionKind { Scalar, Aggregate, Operator }

/// <summary>How a function call names its column when the query gives it no name.</summary>
public enum ResultNaming
{
    /// <summary><c>Column1</c>, <c>Column2</c>...</summary>
    Default,
    /// <summary>The name of the first argument: <c>tostring(Col)</c> gives <c>Col</c>.</summary>
    FirstArgument,
    /// <summary>A prefix and the first argument's name: <c>dcount(Col)</c> gives <c>dcount_Col</c>, <c>count()</c> gives <c>count_</c>.</summary>
    PrefixAndFirstArgument,
    /// <summary>The prefix alone: <c>ingestion_time()</c> gives <c>$IngestionTime</c>.</summary>
    PrefixOnly,
    /// <summary>The name of the argument when there is exactly one: <c>make_timespan(T)</c> gives <c>T</c>.</summary>
    OnlyArgument,
    /// <summary>The column named by the first (constant) argument, when the input has it: <c>column_ifexists("X", 0)</c>.</summary>
    FirstArgumentValueIfColumn,
    /// <summary>The first argument's name and a suffix (<see cref="FunctionSymbol.NamePrefix"/>): <c>array_sort_asc(A)</c> gives <c>A_sorted</c>.</summary>
    FirstArgumentAndSuffix,
}

/// <summary>
/// The outcome of matching a call's argument types to a function: the result type and the type each
/// argument must be converted to (the binder inserts the conversions, so kernels see exact types).
/// </summary>
public sealed record Resolution(KqlType Result, IReadOnlyList<KqlType> ParameterTypes)
{
    public string? Error { get; init; }

    /// <summary>Valid, but worth a warning (for example a comparison that converts one side).</summary>
    public string? Warning { get; init; }

    public static Resolution Failed(string error) => new(KqlType.Unknown, Array.Empty<KqlType>()) { Error = error };
}

/// <summary>Computes a call's result from its argument types (and constant arguments where they matter).</summary>
public delegate Resolution Resolver(IReadOnlyList<KqlType> argumentTypes);

/// <summary>A built-in scalar function, aggregate or operator, with its signatures.</summary>
public sealed record FunctionSymbol(string Name, FunctionKind Kind, int MinArgs, int MaxArgs, Resolver Resolve)
{
    public ResultNaming Naming { get; init; }
    public string? NamePrefix { get; init; }

    /// <summary>Same value for every row of one run (<c>now()</c>, <c>ago()</c>): the engine evaluates it once.</summary>
    public bool IsRunConstant { get; init; }

    /// <summary>May differ between calls with the same arguments (<c>rand()</c>, <c>new_guid()</c>): never folded.</summary>
    public bool IsVolatile { get; init; }

    /// <summary>Parameters (by position) that must be constants, e.g. the regex of <c>extract</c>.</summary>
    public IReadOnlySet<int> ConstantParameters { get; init; } = new HashSet<int>();

    /// <summary>
    /// A window function (<c>row_number</c>, <c>prev</c>, <c>next</c>, <c>row_cumsum</c>): it reads neighbouring
    /// rows, so it needs serialized input and is evaluated over all rows at once.
    /// </summary>
    public bool IsWindow { get; init; }

    /// <summary>
    /// Names of the values a function returns together (<c>series_decompose_anomalies</c> returns flags,
    /// scores and a baseline). Its kernel returns them as one dynamic array; <c>extend (a, b, c) = f(...)</c>
    /// assigns them in order, and an unnamed call gives columns named after the call and each value.
    /// </summary>
    public IReadOnlyList<string>? TupleNames { get; init; }

    /// <summary>A cloud-only function that returns empty values offline (with a warning).</summary>
    public string? CloudOnlyNote { get; init; }

    /// <summary>
    /// The position of an optional <c>typeof(T)</c> argument (<c>extract(re, 1, s, typeof(long))</c>): when
    /// given, the binder passes T's name as a string constant and the call returns T.
    /// </summary>
    public int? TypeArgument { get; init; }

    /// <summary>The binder replaces calls of this function by other expressions (<c>column_ifexists</c>), so it has no kernel.</summary>
    public bool RewrittenByBinder { get; init; }

    public string Describe() => MinArgs == MaxArgs ? $"{Name}() takes {MinArgs} argument(s)" :
        MaxArgs == int.MaxValue ? $"{Name}() takes at least {MinArgs} argument(s)" : $"{Name}() takes {MinArgs} to {MaxArgs} arguments";

    public override string ToString() => Name;
}
