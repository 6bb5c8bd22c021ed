using RmmHunt.Engine.Execution;

namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>stdev, variance, percentiles and binary_all_* (https://learn.microsoft.com/kusto/query/NAME-aggregation-function).</summary>
public class StatisticalAggregateTests
{
    private const string Numbers = "range_values = datatable(x:long)[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]";

    private static ResultTable Summarize(string aggregates) =>
        Kusto.Run($"let {Numbers}; range_values | summarize {aggregates}");

    [Fact] // stdev-aggregation-function, variance-aggregation-function (the docs' range 1..10)
    public void Sample_and_population_statistics()
    {
        var result = Summarize("stdev(x), variance(x), stdevp(x), variancep(x)");
        Assert.Equal(["stdev_x", "variance_x", "stdevp_x", "variancep_x"], result.ColumnNames());
        var row = result.Rows().Single();
        Assert.Equal(3.0276503540974917, (double)row[0]!, 12);
        Assert.Equal(9.1666666666666661, (double)row[1]!, 12);
        Assert.Equal(2.8722813232690143, (double)row[2]!, 12);
        Assert.Equal(8.25, (double)row[3]!, 12);
    }

    [Fact] // stdevif-aggregation-function, varianceif-aggregation-function
    public void Conditional_statistics()
    {
        var row = Summarize("stdevif(x, x % 2 == 0), varianceif(x, x % 2 == 0)").Rows().Single();
        Assert.Equal(3.1622776601683795, (double)row[0]!, 12);
        Assert.Equal(10.0, (double)row[1]!, 12);
    }

    [Fact] // decided: one value has no spread (0), as does an empty input [doc summarize-operator defaults]
    public void Statistics_of_one_value_and_of_nothing_are_zero()
    {
        Assert.Equal(["0|0"], Kusto.Run("datatable(x:long)[5] | summarize stdev(x), variance(x)").Text());
        Assert.Equal(["0|0"], Kusto.Run("datatable(x:long)[5] | where x > 9 | summarize stdev(x), variance(x)").Text());
    }

    [Fact] // percentiles-aggregation-function: exact nearest-rank values
    public void Percentiles_are_nearest_rank()
    {
        var result = Summarize("percentiles(x, 0, 5, 50, 95, 100)");
        Assert.Equal(["percentile_x_0", "percentile_x_5", "percentile_x_50", "percentile_x_95", "percentile_x_100"], result.ColumnNames());
        Assert.Equal(["1|1|5|10|10"], result.Text());
    }

    [Fact]
    public void Percentile_names_its_column_after_value_and_percentile()
    {
        var result = Summarize("percentile(x, 99.5), p = percentile(x, 50)");
        Assert.Equal(["percentile_x_99_5", "p"], result.ColumnNames());
        Assert.Equal(["10|5"], result.Text());
    }

    [Fact] // percentiles_array returns one dynamic column named percentiles_<value>
    public void Percentiles_array()
    {
        var result = Summarize("percentiles_array(x, 10, 50, 90), b = percentiles_array(x, dynamic([25, 75]))");
        Assert.Equal(["percentiles_x", "b"], result.ColumnNames());
        Assert.Equal(["[1,5,9]|[3,8]"], result.Text());
    }

    [Fact]
    public void Percentiles_of_datetimes_and_by_groups()
    {
        var result = Kusto.Run("""
            datatable(k:string, t:datetime)['a', datetime(2024-01-01), 'a', datetime(2024-01-03), 'b', datetime(2024-02-01)]
            | summarize percentile(t, 50) by k
            """);
        Assert.Equal(["a|2024-01-01T00:00:00.0000000Z", "b|2024-02-01T00:00:00.0000000Z"], result.Text());
    }

    [Fact] // binary-all-and/or/xor-aggregation-function
    public void Binary_all()
    {
        var result = Kusto.Run("datatable(num:long)[0x11, 0x13, 0x19] | summarize binary_all_and(num), binary_all_or(num), binary_all_xor(num)");
        Assert.Equal(["num", "num1", "num2"], result.ColumnNames());
        Assert.Equal(["17|27|27"], result.Text());
    }
}
