using System.Text;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>indexof_regex, has_any_index and regex_quote.</summary>
internal static class SearchKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("indexof_regex", IndexOfRegex);
        add("has_any_index", _ => Kernel.Rows(KqlType.Long, a => HasAnyIndex((string)a[0]!, a[1] as DynArray), nullInNullOut: false));
        add("regex_quote", _ => Kernel.TextToText(Quote));
    }

    /// <summary>
    /// indexof_regex(s, regex[, start[, length[, occurrence]]]): where the occurrence-th non-overlapping match
    /// starts within the examined range, or -1; null for a negative start or occurrence, or a length below
    /// -1 [doc indexof-regex-function].
    /// </summary>
    private static ScalarKernel IndexOfRegex(KernelRequest request)
    {
        var regex = KqlRegex.Create(Kernel.TryConstant(request, 1, out string pattern) ? pattern
            : throw new QueryException("the regular expression of indexof_regex() must be a constant"));
        return Kernel.Rows(KqlType.Long, a =>
        {
            string s = (string)a[0]!;
            long start = a.Length > 2 ? (long)a[2]! : 0, length = a.Length > 3 ? (long)a[3]! : -1, occurrence = a.Length > 4 ? (long)a[4]! : 1;
            if (start < 0 || occurrence < 0 || length < -1) return null;
            if (start > s.Length) return -1L;
            int end = length < 0 ? s.Length : (int)Math.Min(s.Length, start + length);
            string window = s[(int)start..end];
            long found = 0;
            for (var match = regex.Match(window); match.Success; match = match.NextMatch())
            {
                if (++found == occurrence) return start + match.Index;
            }
            return -1L;
        });
    }

    /// <summary>The position in values of the first value the text has as a term (has semantics); -1 if none [doc has-any-index-function].</summary>
    private static long HasAnyIndex(string text, DynArray? values)
    {
        for (int i = 0; values is not null && i < values.Count; i++)
        {
            if (values[i] is { } value && Terms.Has(text, ScalarFormat.ToText(value), caseSensitive: false)) return i;
        }
        return -1;
    }

    /// <summary>RE2's QuoteMeta: a backslash before every ASCII character other than letters, digits and '_'; NUL as \x00.</summary>
    private static string Quote(string s)
    {
        var text = new StringBuilder(s.Length * 2);
        foreach (char c in s)
        {
            if (c == '\0') text.Append("\\x00");
            else if (c < 128 && !char.IsAsciiLetterOrDigit(c) && c != '_') text.Append('\\').Append(c);
            else text.Append(c);
        }
        return text.ToString();
    }
}
