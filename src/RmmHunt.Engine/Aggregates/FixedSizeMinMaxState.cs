using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// <c>min</c>, <c>max</c> and their <c>_if</c> forms over fixed-size values (long, int, real, datetime,
/// timespan): the same results as <see cref="MinMaxState"/>, compared unboxed. Hunting rules take
/// <c>min(Timestamp)</c> and <c>max(Timestamp)</c> of every matching event, and boxing each value to
/// compare it was the larger part of what a pack's summarize cost per row.
/// </summary>
internal sealed class FixedSizeMinMaxState<T>(KqlType type, bool isMax, bool withPredicate) : AggregateState
    where T : unmanaged, IComparable<T>
{
    private T[] _best = [];
    private bool[] _seen = [];

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        // Columns of these types are primitive columns, constants included (ColumnBuilder builds them).
        var column = (PrimitiveColumn<T>)args[0];
        var values = column.Values;
        for (int i = 0; i < rowCount; i++)
        {
            if (withPredicate && !IsTrue(args[1], i)) continue;
            if (column.IsNull(i)) continue;
            T value = values[i];
            if (typeof(T) == typeof(double) && double.IsNaN((double)(object)value)) continue;
            int g = groups[i];
            Ensure(ref _best, g);
            Ensure(ref _seen, g);
            if (_seen[g] && (isMax ? value.CompareTo(_best[g]) <= 0 : value.CompareTo(_best[g]) >= 0)) continue;
            _best[g] = value;
            _seen[g] = true;
        }
    }

    public override Column[] Results(int groupCount)
    {
        var best = new T[groupCount];
        NullMask? nulls = null;
        for (int g = 0; g < groupCount; g++)
        {
            if (g < _seen.Length && _seen[g]) best[g] = _best[g];
            else (nulls ??= new NullMask(groupCount)).Set(g);
        }
        return [new PrimitiveColumn<T>(type, best, nulls)];
    }
}

/// <summary>Picks the min/max state for the argument's type: unboxed for the types a <see cref="PrimitiveColumn{T}"/> holds.</summary>
internal static class MinMaxStates
{
    public static AggregateState Create(KqlType argumentType, KqlType resultType, bool isMax, bool withPredicate)
    {
        if (argumentType != resultType) return new MinMaxState(resultType, isMax, withPredicate);
        return resultType switch
        {
            KqlType.Long or KqlType.DateTime or KqlType.TimeSpan => new FixedSizeMinMaxState<long>(resultType, isMax, withPredicate),
            KqlType.Int => new FixedSizeMinMaxState<int>(resultType, isMax, withPredicate),
            KqlType.Real => new FixedSizeMinMaxState<double>(resultType, isMax, withPredicate),
            _ => new MinMaxState(resultType, isMax, withPredicate),
        };
    }
}
