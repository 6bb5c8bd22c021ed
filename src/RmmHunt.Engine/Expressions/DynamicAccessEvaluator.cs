using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Expressions;

/// <summary><c>d.key</c>, <c>d["key"]</c>, <c>a[i]</c> (negative i counts from the end); anything missing is null.</summary>
public sealed class DynamicAccessEvaluator(Evaluator target, Evaluator key) : Evaluator(KqlType.Dynamic)
{
    public override Column Evaluate(Batch batch)
    {
        var targets = target.Evaluate(batch);
        var keys = key.Evaluate(batch);
        var result = new object?[batch.RowCount];
        for (int i = 0; i < result.Length; i++) result[i] = Access(targets.GetValue(i), keys.GetValue(i));
        return new DynamicColumn(result);
    }

    public static object? Access(object? value, object? key)
    {
        switch (value, key)
        {
            case (DynBag bag, string name):
                return bag[name];
            case (DynArray array, long or int):
                long index = System.Convert.ToInt64(key);
                if (index < 0) index += array.Count;
                return index >= 0 && index < array.Count ? array[(int)index] : null;
            default:
                return null;
        }
    }
}
