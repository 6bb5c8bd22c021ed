using RmmHunt.Engine.Operators;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>A filter keeps exactly the rows whose predicate is true (null is false), however sparse or dense they are.</summary>
public class FilterSelectTests
{
    [Fact]
    public void Keeps_the_true_rows_at_every_density()
    {
        var random = new Random(8192);
        for (int round = 0; round < 3000; round++)
        {
            int length = random.Next(0, 300);
            double density = random.Next(4) switch { 0 => 0, 1 => 0.01, 2 => 0.5, _ => 1 };
            var values = Enumerable.Range(0, length).Select(_ => random.NextDouble() < density).ToArray();
            NullMask? nulls = null;
            if (random.Next(3) == 0 && length > 0)
            {
                nulls = new NullMask(length);
                for (int i = 0; i < length; i++) if (random.Next(5) == 0) nulls.Set(i);
            }
            var expected = Enumerable.Range(0, length).Where(i => values[i] && !(nulls?[i] ?? false)).ToArray();
            var selected = FilterOperator.Select(new PrimitiveColumn<bool>(KqlType.Bool, values, nulls), length);
            Assert.Equal(expected, selected ?? Enumerable.Range(0, length).ToArray());
            if (selected is null) Assert.Equal(length, expected.Length); // null means every row is kept
        }
    }
}
