using System.Text;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

internal static class StringKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("tolower", _ => Kernel.TextToText(s => s.ToLowerInvariant()));
        add("toupper", _ => Kernel.TextToText(s => s.ToUpperInvariant()));
        // strlen counts Unicode code points [doc strlen-function]: a surrogate pair is one.
        add("strlen", _ => new DelegateKernel((args, n) => Lift.FromString(args[0], KqlType.Long, CodePoints)));
        // string_size counts the bytes of the UTF-8 form [doc string-size-function].
        add("string_size", _ => new DelegateKernel((args, n) => Lift.FromString(args[0], KqlType.Long, s => (long)Encoding.UTF8.GetByteCount(s))));
        add("strcat", _ => new DelegateKernel(Strcat));
        add("substring", Substring);
        add("indexof", IndexOf);
        add("replace_string", ReplaceString);
        add("replace_strings", _ => Kernel.Rows(KqlType.String, a => ReplaceStrings((string)a[0]!, a[1] as DynArray, a[2] as DynArray), nullInNullOut: false));
        add("trim", r => Trim(r, start: true, end: true));
        add("trim_start", r => Trim(r, start: true, end: false));
        add("trim_end", r => Trim(r, start: false, end: true));
        add("strcmp", _ => Kernel.Rows(KqlType.Long, a => (long)Math.Sign(string.CompareOrdinal((string)a[0]!, (string)a[1]!))));
        add("reverse", _ => Kernel.TextToText(Reverse));
        add("translate", _ => Kernel.Rows(KqlType.String, a => Translate((string)a[0]!, (string)a[1]!, (string)a[2]!)));
        add("isascii", _ => new DelegateKernel((args, n) => Lift.FromString(args[0], KqlType.Bool, s => System.Text.Ascii.IsValid(s))));
        // Text has UTF-8 form unless it holds a lone surrogate. Readers decode invalid input bytes to
        // U+FFFD, so a value whose source bytes were not UTF-8 reads as valid here.
        add("isutf8", _ => new DelegateKernel((args, n) => Lift.FromString(args[0], KqlType.Bool, HasNoLoneSurrogate)));
        add("unicode_codepoints_from_string", _ => Kernel.OfText(KqlType.Dynamic, s => new DynArray(s.EnumerateRunes().Select(r => (object?)(long)r.Value).ToArray())));
        add("to_utf8", _ => Kernel.OfText(KqlType.Dynamic, s => new DynArray(s.EnumerateRunes().Select(r => (object?)(long)r.Value).ToArray())));
        add("unicode_codepoints_to_string", _ => Kernel.Rows(KqlType.String, FromCodePoints, nullInNullOut: false));
        add("make_string", _ => Kernel.Rows(KqlType.String, FromCodePoints, nullInNullOut: false));
    }

    /// <summary>The text of code points given as integers or arrays of integers; an invalid code point gives "" [doc silent].</summary>
    private static string FromCodePoints(object?[] args)
    {
        var text = new StringBuilder();
        foreach (var value in args.SelectMany(a => a is DynArray array ? (IEnumerable<object?>)array : [a]))
        {
            if (value is not long code || code is < 0 or > 0x10FFFF || !Rune.IsValid((int)code)) return "";
            text.Append(new Rune((int)code).ToString());
        }
        return text.ToString();
    }

    private static long CodePoints(string s)
    {
        long count = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { count--; i++; }
        }
        return count;
    }

    private static bool HasNoLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// replace_strings(text, lookups, rewrites): the lookups in order, each replacing its non-overlapping
    /// matches in the text not matched by an earlier lookup (so ['is', 'This'] turns "This" into
    /// "Thwas"); a rewrite that is not a string keeps the matched text [doc replace-strings-function].
    /// </summary>
    private static string ReplaceStrings(string text, DynArray? lookups, DynArray? rewrites)
    {
        var pieces = new List<(string Text, bool Done)> { (text, false) };
        for (int l = 0; lookups is not null && l < lookups.Count; l++)
        {
            if (lookups[l] is not string { Length: > 0 } lookup) continue;
            string? rewrite = rewrites is not null && l < rewrites.Count ? rewrites[l] as string : null;
            var next = new List<(string, bool)>();
            foreach (var (piece, done) in pieces)
            {
                if (done) { next.Add((piece, true)); continue; }
                int from = 0;
                for (int at = piece.IndexOf(lookup, StringComparison.Ordinal); at >= 0; at = piece.IndexOf(lookup, from, StringComparison.Ordinal))
                {
                    next.Add((piece[from..at], false));
                    next.Add((rewrite ?? lookup, true));
                    from = at + lookup.Length;
                }
                next.Add((piece[from..], false));
            }
            pieces = next;
        }
        return string.Concat(pieces.Select(p => p.Text));
    }

    /// <summary>reverse() by Unicode scalar value, so a surrogate pair stays in order [doc silent: decided here].</summary>
    private static string Reverse(string s)
    {
        var runes = s.EnumerateRunes().ToArray();
        Array.Reverse(runes);
        var text = new StringBuilder(s.Length);
        foreach (var rune in runes) text.Append(rune.ToString());
        return text.ToString();
    }

    /// <summary>
    /// translate(search, replacement, source): each character of search becomes the character at the same
    /// place in replacement, or its last character when replacement is shorter; an empty replacement
    /// deletes the characters [doc translate-function].
    /// </summary>
    private static string Translate(string search, string replacement, string source)
    {
        var text = new StringBuilder(source.Length);
        foreach (char c in source)
        {
            int at = search.IndexOf(c);
            if (at < 0) text.Append(c);
            else if (replacement.Length > 0) text.Append(replacement[Math.Min(at, replacement.Length - 1)]);
        }
        return text.ToString();
    }

    /// <summary>strcat: each argument as its text (null as empty), concatenated.</summary>
    private static Column Strcat(Column[] args, int n)
    {
        var result = new string[n];
        var text = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            text.Clear();
            foreach (var arg in args) text.Append(arg is StringColumn s ? s[i] : ScalarFormat.ToText(arg.GetValue(i)));
            result[i] = text.ToString();
        }
        return new StringColumn(result);
    }

    /// <summary>With constant positions, once per distinct value of a dictionary-encoded column.</summary>
    private static ScalarKernel Substring(KernelRequest request)
    {
        if (Kernel.TryConstant(request, 1, out long start) && (request.ArgCount == 2 || Kernel.TryConstant(request, 2, out long _)))
        {
            long? length = request.ArgCount > 2 ? (long)request.Constant(2)! : null;
            return Kernel.TextToText(s => Substring(s, start, length));
        }
        return new DelegateKernel((args, n) => Lift.Objects(args, n, KqlType.String, a => Substring((string)a[0]!, (long)a[1]!, a.Length > 2 ? (long?)a[2] : null)));
    }

    private static ScalarKernel IndexOf(KernelRequest request)
    {
        bool constantRest = Enumerable.Range(1, request.ArgCount - 1).All(i => request.IsConstant(i) && request.Constant(i) is not null);
        if (!constantRest) return new DelegateKernel((args, n) => Lift.Objects(args, n, KqlType.Long, IndexOf));
        var rest = Enumerable.Range(1, request.ArgCount - 1).Select(request.Constant).ToArray();
        return Kernel.OfText(KqlType.Long, s => IndexOf([s, .. rest]));
    }

    /// <summary>replace_string(text, lookup, rewrite): every ordinal occurrence; an empty lookup changes nothing.</summary>
    private static ScalarKernel ReplaceString(KernelRequest request)
    {
        static string Replace(string text, string lookup, string rewrite) =>
            lookup.Length == 0 ? text : text.Replace(lookup, rewrite, StringComparison.Ordinal);
        if (Kernel.TryConstant(request, 1, out string lookup) && Kernel.TryConstant(request, 2, out string rewrite))
            return Kernel.TextToText(s => Replace(s, lookup, rewrite));
        return Kernel.Rows(KqlType.String, a => Replace((string)a[0]!, (string)a[1]!, (string)a[2]!));
    }

    /// <summary>substring(s, start[, length]): a start past the end gives ""; a negative start counts as 0.</summary>
    private static string Substring(string s, long start, long? length)
    {
        if (start < 0) start = 0;
        if (start >= s.Length) return "";
        long available = s.Length - start;
        long take = length is null ? available : Math.Clamp(length.Value, 0, available);
        return s.Substring((int)start, (int)take);
    }

    /// <summary>indexof(s, lookup[, start[, length[, occurrence]]]); -1 when absent, null for an invalid start.</summary>
    private static object? IndexOf(object?[] a)
    {
        string s = (string)a[0]!, lookup = (string)a[1]!;
        long start = a.Length > 2 ? (long)a[2]! : 0;
        long length = a.Length > 3 ? (long)a[3]! : -1;
        long occurrence = a.Length > 4 ? (long)a[4]! : 1;
        if (start < 0) start = Math.Max(0, s.Length + start);
        if (start > s.Length || occurrence <= 0) return null;
        // The examined range ends at start + length inclusive: the docs find "cde" at 9 in
        // indexof("abcdefgabcdefg", "cde", 1, 10, 2) but not at 2 in indexof("abcdefg", "cde", 1, 2) [doc indexof-function].
        int end = length < 0 ? s.Length : (int)Math.Min(s.Length, start + length + 1);
        int from = (int)start;
        for (long found = 0; ;)
        {
            int at = s.IndexOf(lookup, from, end - from, StringComparison.Ordinal);
            if (at < 0) return -1L;
            if (++found == occurrence) return (long)at;
            from = at + 1;
            if (from > end) return -1L;
        }
    }

    /// <summary>trim(regex, s): removes leading/trailing matches of a regular expression.</summary>
    private static ScalarKernel Trim(KernelRequest request, bool start, bool end)
    {
        Func<string, System.Text.RegularExpressions.Regex> build = pattern =>
            KqlRegex.Create((start && end) ? $"^(?:{pattern})+|(?:{pattern})+$" : start ? $"^(?:{pattern})+" : $"(?:{pattern})+$");
        var constant = request.IsConstant(0) && request.Constant(0) is string p ? build(p) : null;
        return new DelegateKernel((args, n) =>
        {
            var patterns = (StringColumn)args[0];
            var values = (StringColumn)args[1];
            var result = new string[n];
            for (int i = 0; i < n; i++) result[i] = (constant ?? build(patterns[i])).Replace(values[i], "");
            return new StringColumn(result);
        });
    }
}
