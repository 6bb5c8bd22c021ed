using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// <c>sum</c>/<c>sumif</c> (0 for a group without values) and <c>avg</c>/<c>avgif</c> (NaN for reals,
/// null for datetimes and timespans, when a group has no values). Works in decimal so long sums stay
/// exact and real sums precise, then converts to the result type.
/// </summary>
internal sealed class SumAvgState(KqlType resultType, bool isAverage, bool withPredicate) : AggregateState
{
    private double[] _sums = [];
    private decimal[] _exact = [];
    private long[] _counts = [];
    private readonly bool _useExact = resultType is KqlType.Long or KqlType.Decimal or KqlType.TimeSpan or KqlType.DateTime;

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        var values = args[0];
        for (int i = 0; i < rowCount; i++)
        {
            if (withPredicate && !IsTrue(args[1], i)) continue;
            if (values.IsNull(i)) continue;
            int g = groups[i];
            Ensure(ref _counts, g);
            _counts[g]++;
            if (_useExact)
            {
                Ensure(ref _exact, g);
                _exact[g] += ToDecimal(values, i);
            }
            else
            {
                Ensure(ref _sums, g);
                _sums[g] += ((PrimitiveColumn<double>)values).Values[i];
            }
        }
    }

    private static decimal ToDecimal(Column values, int row) => values switch
    {
        PrimitiveColumn<long> l => l.Values[row],
        PrimitiveColumn<int> i => i.Values[row],
        PrimitiveColumn<decimal> m => m.Values[row],
        _ => throw new InvalidOperationException($"sum of {values.Type}"),
    };

    public override Column[] Results(int groupCount)
    {
        var builder = ColumnBuilder.Create(resultType, groupCount);
        for (int g = 0; g < groupCount; g++)
        {
            long count = g < _counts.Length ? _counts[g] : 0;
            decimal exact = g < _exact.Length ? _exact[g] : 0;
            double sum = g < _sums.Length ? _sums[g] : 0;
            builder.Add(Result(count, exact, sum));
        }
        return [builder.Build()];
    }

    private object? Result(long count, decimal exact, double sum)
    {
        if (isAverage && count == 0) return resultType == KqlType.Real ? double.NaN : null;
        decimal value = isAverage ? exact / Math.Max(1, count) : exact;
        return resultType switch
        {
            KqlType.Real => isAverage ? (_useExact ? (double)value : sum / count) : sum,
            KqlType.Long => (long)value,
            KqlType.Decimal => value,
            KqlType.TimeSpan => new TimeSpan((long)Math.Round(value)),
            KqlType.DateTime => new DateTime((long)Math.Round(value), DateTimeKind.Utc),
            _ => null,
        };
    }
}
