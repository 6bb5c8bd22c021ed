using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// variance, stdev (sample: divided by n - 1) and variancep, stdevp (population: by n), with their
/// _if forms. Nulls are ignored; a group of fewer than two values (one for the population forms)
/// gives 0, as does an empty input [doc summarize-operator, default values]. Welford's running mean
/// keeps the sum of squares precise.
/// </summary>
internal sealed class StatisticsState(bool sample, bool squareRoot, bool withPredicate) : AggregateState
{
    private long[] _counts = [];
    private double[] _means = [];
    private double[] _squares = [];

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        var values = (PrimitiveColumn<double>)args[0];
        for (int i = 0; i < rowCount; i++)
        {
            if (withPredicate && !IsTrue(args[1], i)) continue;
            if (values.IsNull(i)) continue;
            int g = groups[i];
            Ensure(ref _counts, g);
            Ensure(ref _means, g);
            Ensure(ref _squares, g);
            double x = values.Values[i];
            long n = ++_counts[g];
            double delta = x - _means[g];
            _means[g] += delta / n;
            _squares[g] += delta * (x - _means[g]);
        }
    }

    public override Column[] Results(int groupCount)
    {
        var results = new double[groupCount];
        for (int g = 0; g < groupCount; g++)
        {
            long n = g < _counts.Length ? _counts[g] : 0;
            long divisor = sample ? n - 1 : n;
            double variance = divisor > 0 ? _squares[g] / divisor : 0;
            results[g] = squareRoot ? Math.Sqrt(variance) : variance;
        }
        return [new PrimitiveColumn<double>(KqlType.Real, results)];
    }
}
