using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions;

/// <summary>Short constructors for kernels, so that kernel tables read as a list of functions.</summary>
internal static class Kernel
{
    /// <summary>Row by row over value objects; a null argument (other than a string) gives null unless told otherwise.</summary>
    public static ScalarKernel Rows(KqlType type, Func<object?[], object?> f, bool nullInNullOut = true) =>
        new DelegateKernel((args, n) => Lift.Objects(args, n, type, f, nullInNullOut));

    /// <summary>A function of the first (string) argument, once per distinct value; other arguments are ignored.</summary>
    public static ScalarKernel OfText(KqlType type, Func<string, object?> f) =>
        new DelegateKernel((args, n) => Lift.StringToValue(args[0], type, f));

    /// <summary>String to string, once per distinct value, keeping dictionary encoding.</summary>
    public static ScalarKernel TextToText(Func<string, string> f) =>
        new DelegateKernel((args, n) => Lift.StringToString(args[0], f));

    /// <summary>The constant value of an argument, when the call site has one.</summary>
    public static bool TryConstant<T>(KernelRequest request, int arg, out T value)
    {
        if (arg < request.ArgCount && request.IsConstant(arg) && request.Constant(arg) is T typed)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }
}
