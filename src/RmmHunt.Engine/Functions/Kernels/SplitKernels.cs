using System.Text;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>split() and parse_csv(): a string into a dynamic array of strings.</summary>
internal static class SplitKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("split", r =>
        {
            if (r.ArgCount == 2 && Kernel.TryConstant(r, 1, out string delimiter))
                return Kernel.OfText(KqlType.Dynamic, s => Split(s, delimiter, null));
            return Kernel.Rows(KqlType.Dynamic, a => Split((string)a[0]!, (string)a[1]!, a.Length > 2 ? (long)a[2]! : null));
        });
        add("parse_csv", _ => Kernel.OfText(KqlType.Dynamic, ParseCsv));
    }

    /// <summary>
    /// split(s, delimiter[, index]): every part, empty ones included (<c>split("a__b", "_")</c> is
    /// <c>["a","","b"]</c>, <c>split("", "_")</c> is <c>[""]</c>); with an index, a one-element array of
    /// that part, or an empty array when there is none [doc split-function]. An empty delimiter does
    /// not split [doc silent: decided here].
    /// </summary>
    public static DynArray Split(string s, string delimiter, long? index)
    {
        string[] parts = delimiter.Length == 0 ? [s] : s.Split(delimiter);
        if (index is null) return new DynArray(parts);
        return index >= 0 && index < parts.Length ? new DynArray([parts[index.Value]]) : DynArray.Empty;
    }

    /// <summary>
    /// parse_csv(s): the fields of one CSV record (RFC 4180: quoted fields may hold commas, doubled quotes
    /// and line breaks). The record ends at the first line break outside quotes [doc parse-csv-function].
    /// </summary>
    public static DynArray ParseCsv(string s)
    {
        var fields = new List<object?>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < s.Length && s[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r') break;
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return new DynArray(fields.ToArray());
    }
}
