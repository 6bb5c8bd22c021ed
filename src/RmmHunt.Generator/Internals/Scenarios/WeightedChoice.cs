using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>Picks items in proportion to their weights with one random draw and a binary search.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> weighted)
    {
        var positive = weighted.Where(w => w.Weight > 0).ToArray();
        if (positive.Length == 0) throw new ArgumentException("nothing to choose from");
        _items = positive.Select(w => w.Item).ToArray();
        _cumulative = new double[positive.Length];
        double total = 0;
        for (int i = 0; i < positive.Length; i++) _cumulative[i] = total += positive[i].Weight;
        for (int i = 0; i < positive.Length; i++) _cumulative[i] /= total;
    }

    public IReadOnlyList<T> Items => _items;

    public T Pick(DeterministicRandom random)
    {
        double draw = random.NextDouble();
        int index = Array.BinarySearch(_cumulative, draw);
        index = index < 0 ? ~index : index + 1;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
