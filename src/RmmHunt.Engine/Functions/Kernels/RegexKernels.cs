using System.Text;
using System.Text.RegularExpressions;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Values;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>extract, extract_all, replace_regex (and the deprecated replace) and countof.</summary>
internal static class RegexKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("extract", Extract);
        add("extract_all", ExtractAll);
        add("replace_regex", r => Replace(r, source: 0, regex: 1, rewrite: 2));
        add("replace", r => Replace(r, source: 2, regex: 0, rewrite: 1));
        add("countof", CountOf);
    }

    private static Regex ConstantRegex(KernelRequest request, int arg) =>
        KqlRegex.Create(Kernel.TryConstant(request, arg, out string pattern) ? pattern
            : throw new QueryException($"the regular expression of {request.Function.Name}() must be a constant"));

    /// <summary>
    /// extract(regex, group, source[, typeof(T)]): the group's text in the first match; no match (or a
    /// group that did not take part) gives "" as a string and null as T, as does text that does not
    /// convert to T [doc extract-function].
    /// </summary>
    private static ScalarKernel Extract(KernelRequest request)
    {
        var regex = ConstantRegex(request, 0);
        var type = request.ResultType;
        object? Find(string source, long group)
        {
            var match = regex.Match(source);
            if (!match.Success || group < 0 || group >= match.Groups.Count || !match.Groups[(int)group].Success)
                return type == KqlType.String ? "" : null;
            string text = match.Groups[(int)group].Value;
            return type == KqlType.String ? text : KqlConvert.To(type, text);
        }
        if (Kernel.TryConstant(request, 1, out long constantGroup))
            return new DelegateKernel((args, n) => Lift.StringToValue(args[2], type, s => Find(s, constantGroup)));
        return Kernel.Rows(type, a => Find((string)a[2]!, (long)a[1]!));
    }

    /// <summary>
    /// extract_all(regex, [groups,] source): for each match, the text of the chosen groups (all groups when
    /// none are chosen; numbers or names); one group gives a flat array, several an array per match; no
    /// match gives null [doc extract-all-function]. The regex needs 1 to 16 groups.
    /// </summary>
    private static ScalarKernel ExtractAll(KernelRequest request)
    {
        var regex = ConstantRegex(request, 0);
        int groupCount = regex.GetGroupNumbers().Length - 1;
        if (groupCount is < 1 or > 16)
            throw new QueryException($"the regular expression of extract_all() must have between 1 and 16 capture groups, but it has {groupCount}");
        int sourceArg = request.ArgCount - 1;
        int[]? constantGroups = request.ArgCount == 3
            ? (Kernel.TryConstant(request, 1, out DynArray chosen) ? GroupNumbers(regex, chosen) : null)
            : Enumerable.Range(1, groupCount).ToArray();
        if (constantGroups is not null)
            return new DelegateKernel((args, n) => Lift.StringToValue(args[sourceArg], KqlType.Dynamic, s => AllMatches(regex, constantGroups, s)));
        return Kernel.Rows(KqlType.Dynamic, a => a[1] is DynArray groups ? AllMatches(regex, GroupNumbers(regex, groups), (string)a[2]!) : null);
    }

    private static int[] GroupNumbers(Regex regex, DynArray chosen) => chosen.Select(g => g switch
    {
        long number when number >= 1 && number < regex.GetGroupNumbers().Length => (int)number,
        string name when regex.GroupNumberFromName(name) > 0 => regex.GroupNumberFromName(name),
        _ => throw new QueryException($"extract_all(): {ScalarFormat.ToText(g)} is not a capture group of the regular expression"),
    }).ToArray();

    private static object? AllMatches(Regex regex, int[] groups, string source)
    {
        var results = new List<object?>();
        for (var match = regex.Match(source); match.Success; match = match.NextMatch())
        {
            if (groups.Length == 1) results.Add(match.Groups[groups[0]].Value);
            else results.Add(new DynArray(groups.Select(g => (object?)match.Groups[g].Value).ToArray()));
        }
        return results.Count == 0 ? null : new DynArray(results.ToArray());
    }

    /// <summary>
    /// replace_regex(source, regex, rewrite): every match replaced; in the rewrite \0 is the whole match
    /// and \1..\9 the groups [doc replace-regex-function].
    /// </summary>
    private static ScalarKernel Replace(KernelRequest request, int source, int regex, int rewrite)
    {
        var compiled = ConstantRegex(request, regex);
        string replacement = Kernel.TryConstant(request, rewrite, out string text) ? DotNetReplacement(text)
            : throw new QueryException($"the rewrite pattern of {request.Function.Name}() must be a constant");
        return new DelegateKernel((args, n) => Lift.StringToString(args[source], s => compiled.Replace(s, replacement)));
    }

    /// <summary>RE2's rewrite syntax (\1, \\) in .NET's ($1, $$).</summary>
    public static string DotNetReplacement(string rewrite)
    {
        var result = new StringBuilder(rewrite.Length);
        for (int i = 0; i < rewrite.Length; i++)
        {
            char c = rewrite[i];
            if (c == '$') result.Append("$$");
            else if (c == '\\' && i + 1 < rewrite.Length && char.IsAsciiDigit(rewrite[i + 1])) result.Append("${").Append(rewrite[++i]).Append('}');
            else if (c == '\\' && i + 1 < rewrite.Length && rewrite[i + 1] == '\\') { result.Append('\\'); i++; }
            else result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>
    /// countof(source, search[, kind]): "normal" counts overlapping occurrences (countof("aaaa", "aa") is 3),
    /// "regex" non-overlapping matches [doc countof-function]. An empty search counts 0 [doc silent].
    /// </summary>
    private static ScalarKernel CountOf(KernelRequest request)
    {
        string kind = Kernel.TryConstant(request, 2, out string k) ? k : "normal";
        if (kind is not ("normal" or "regex")) throw new QueryException($"countof(): the kind must be \"normal\" or \"regex\", not \"{kind}\"");
        if (kind == "regex")
        {
            var regex = ConstantRegex(request, 1);
            return new DelegateKernel((args, n) => Lift.FromString(args[0], KqlType.Long, s => (long)regex.Count(s)));
        }
        if (Kernel.TryConstant(request, 1, out string needle))
            return new DelegateKernel((args, n) => Lift.FromString(args[0], KqlType.Long, s => Overlapping(s, needle)));
        return Kernel.Rows(KqlType.Long, a => Overlapping((string)a[0]!, (string)a[1]!));
    }

    private static long Overlapping(string source, string search)
    {
        if (search.Length == 0) return 0;
        long count = 0;
        for (int at = source.IndexOf(search, StringComparison.Ordinal); at >= 0; at = source.IndexOf(search, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
