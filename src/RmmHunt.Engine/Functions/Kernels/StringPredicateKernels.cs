using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// String predicates: <c>has</c>, <c>contains</c>, <c>startswith</c>, <c>endswith</c>, <c>=~</c>,
/// <c>matches regex</c> and their negated and case-sensitive forms. With a constant right side the
/// predicate runs once per distinct value of a dictionary-encoded column.
/// </summary>
internal static class StringPredicateKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        foreach (var (name, test) in Predicates())
        {
            add(name, r => Create(test, r));
            add("!" + name, r => Create((h, n) => !test(h, n), r));
        }
        add("=~", r => Create((h, n) => CaseInsensitive.Equals(h, n), r));
        add("!~", r => Create((h, n) => !CaseInsensitive.Equals(h, n), r));
        add("matches regex", CreateRegex);
    }

    private static IEnumerable<(string, Func<string, string, bool>)> Predicates()
    {
        yield return ("has", (h, n) => Terms.Has(h, n, caseSensitive: false));
        yield return ("has_cs", (h, n) => Terms.Has(h, n, caseSensitive: true));
        yield return ("hasprefix", (h, n) => Terms.HasPrefix(h, n, caseSensitive: false));
        yield return ("hasprefix_cs", (h, n) => Terms.HasPrefix(h, n, caseSensitive: true));
        yield return ("hassuffix", (h, n) => Terms.HasSuffix(h, n, caseSensitive: false));
        yield return ("hassuffix_cs", (h, n) => Terms.HasSuffix(h, n, caseSensitive: true));
        yield return ("contains", (h, n) => CaseInsensitive.Contains(h, n));
        yield return ("contains_cs", (h, n) => h.Contains(n, StringComparison.Ordinal));
        yield return ("startswith", (h, n) => CaseInsensitive.StartsWith(h, n));
        yield return ("startswith_cs", (h, n) => h.StartsWith(n, StringComparison.Ordinal));
        yield return ("endswith", (h, n) => CaseInsensitive.EndsWith(h, n));
        yield return ("endswith_cs", (h, n) => h.EndsWith(n, StringComparison.Ordinal));
    }

    private static ScalarKernel Create(Func<string, string, bool> test, KernelRequest request)
    {
        if (request.IsConstant(1) && request.Constant(1) is string needle)
            return new DelegateKernel((args, n) => Lift.FromString(args[0], KqlType.Bool, h => test(h, needle)));
        return new DelegateKernel((args, n) =>
        {
            var left = (StringColumn)args[0];
            var right = (StringColumn)args[1];
            var result = new bool[n];
            for (int i = 0; i < n; i++) result[i] = test(left[i], right[i]);
            return new PrimitiveColumn<bool>(KqlType.Bool, result);
        });
    }

    private static ScalarKernel CreateRegex(KernelRequest request)
    {
        if (request.IsConstant(1) && request.Constant(1) is string pattern)
        {
            var regex = KqlRegex.Create(pattern);
            return new DelegateKernel((args, n) => Lift.FromString(args[0], KqlType.Bool, regex.IsMatch));
        }
        var cache = new ConcurrentDictionary<string, Regex>();
        return new DelegateKernel((args, n) =>
        {
            var left = (StringColumn)args[0];
            var right = (StringColumn)args[1];
            var result = new bool[n];
            for (int i = 0; i < n; i++) result[i] = cache.GetOrAdd(right[i], KqlRegex.Create).IsMatch(left[i]);
            return new PrimitiveColumn<bool>(KqlType.Bool, result);
        });
    }
}
