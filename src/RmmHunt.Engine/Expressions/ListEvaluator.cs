using RmmHunt.Engine.Functions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Expressions;

/// <summary>
/// <c>in</c>, <c>!in</c>, <c>in~</c>, <c>!in~</c>, <c>has_any</c>, <c>has_all</c> over a constant list
/// (dynamic arrays flattened): the list is turned into a set or a term matcher once per query.
/// A null value is never <c>in</c> a list of values (so <c>!in</c> is true), as OR/AND of <c>==</c>.
/// </summary>
public sealed class ListEvaluator : Evaluator
{
    private readonly Evaluator _value;
    private readonly Func<object?, bool> _test;
    private readonly Func<string, bool>? _stringTest;

    public ListEvaluator(string op, Evaluator value, IReadOnlyList<object?> items) : base(KqlType.Bool)
    {
        _value = value;
        var flat = Flatten(items, value.Type).ToList();
        bool negated = op.StartsWith('!');
        string core = op.TrimStart('!');
        if (value.Type == KqlType.String)
        {
            var strings = flat.Select(v => v as string ?? ScalarFormat.ToText(v)).ToList();
            Func<string, bool> test = core switch
            {
                "in" => new HashSet<string>(strings, StringComparer.Ordinal).Contains,
                "in~" => new HashSet<string>(strings, CaseInsensitive.Comparer).Contains,
                "has_any" => new TermMatcher(strings).MatchesAny,
                "has_all" => new TermMatcher(strings).MatchesAll,
                _ => throw new NotSupportedException(op),
            };
            _stringTest = negated ? s => !test(s) : test;
            _test = v => _stringTest((string)v!);
            return;
        }
        var set = new HashSet<object?>(flat.Where(v => v is not null), DynamicComparer.Instance);
        _test = negated ? v => v is null || !set.Contains(v) : v => v is not null && set.Contains(v);
    }

    public override Column Evaluate(Batch batch)
    {
        var values = _value.Evaluate(batch);
        if (_stringTest is not null) return new PrimitiveColumn<bool>(KqlType.Bool, ((StringColumn)values).MapDistinct(_stringTest));
        var result = new bool[batch.RowCount];
        for (int i = 0; i < result.Length; i++) result[i] = _test(values.GetValue(i));
        return new PrimitiveColumn<bool>(KqlType.Bool, result);
    }

    /// <summary>Items, with the elements of dynamic arrays in their place, converted to the compared type.</summary>
    private static IEnumerable<object?> Flatten(IEnumerable<object?> items, KqlType type)
    {
        foreach (var item in items)
        {
            if (item is DynArray array)
            {
                foreach (var element in Flatten(array, type)) yield return element;
            }
            else yield return type == KqlType.String ? ScalarFormat.ToText(item) : Values.KqlConvert.To(type, item);
        }
    }

    /// <summary>Equality for the boxed values of one KQL type (long 1 equals real 1.0 inside dynamic).</summary>
    private sealed class DynamicComparer : IEqualityComparer<object?>
    {
        public static readonly DynamicComparer Instance = new();

        public new bool Equals(object? x, object? y) => DynValue.DeepEquals(x, y);

        public int GetHashCode(object? obj) => DynValue.DeepHash(obj);
    }
}
