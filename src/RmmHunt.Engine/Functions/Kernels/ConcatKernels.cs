using System.Text;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>strcat_delim, strcat_array and strrep: values joined as their text (null as "").</summary>
internal static class ConcatKernels
{
    /// <summary>strrep() repeats at most this often [doc strrep-function, "Returns"].</summary>
    private const int MaxRepeat = 1024;

    public static void Register(Action<string, KernelFactory> add)
    {
        add("strcat_delim", _ => Kernel.Rows(KqlType.String,
            a => string.Join(ScalarFormat.ToText(a[0]), a.Skip(1).Select(ScalarFormat.ToText)), nullInNullOut: false));
        add("strcat_array", _ => Kernel.Rows(KqlType.String, a => StrcatArray(a[0], (string)a[1]!), nullInNullOut: false));
        add("array_strcat", _ => Kernel.Rows(KqlType.String, a => StrcatArray(a[0], (string)a[1]!), nullInNullOut: false));
        add("strrep", _ => Kernel.Rows(KqlType.String, a => Repeat((string)a[0]!, (long)a[1]!, a.Length > 2 ? (string)a[2]! : "")));
    }

    /// <summary>The elements of an array as text, joined; a value that is not an array gives "" [doc silent].</summary>
    private static string StrcatArray(object? array, string delimiter) =>
        array is DynArray items ? string.Join(delimiter, items.Select(ScalarFormat.ToText)) : "";

    /// <summary>A multiplier below 1 gives "" [doc silent: decided here]; above 1024 it counts as 1024.</summary>
    private static string Repeat(string value, long times, string delimiter)
    {
        if (times < 1) return "";
        int count = (int)Math.Min(times, MaxRepeat);
        var text = new StringBuilder((value.Length + delimiter.Length) * count);
        for (int i = 0; i < count; i++)
        {
            if (i > 0) text.Append(delimiter);
            text.Append(value);
        }
        return text.ToString();
    }
}
