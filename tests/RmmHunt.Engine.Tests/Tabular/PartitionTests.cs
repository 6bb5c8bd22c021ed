using RmmHunt.Engine.Execution;

namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>
/// partition (partitionoperator.md): the subquery runs over each partition's rows alone and the results
/// are concatenated.
/// </summary>
public class PartitionTests
{
    private const string Storms = """
        datatable(State:string, EventType:string, InjuriesDirect:long) [
            "WYOMING", "Hail", 0, "WYOMING", "Hail", 0, "WYOMING", "High Wind", 5,
            "WASHINGTON", "Heavy Snow", 0, "WASHINGTON", "High Wind", 13, "WASHINGTON", "High Wind", 0,
            "WASHINGTON", "Wildfire", 0, "TEXAS", "Hail", 1]
        """;

    [Fact]
    public void Summarize_and_top_run_per_partition()
    {
        // The docs' "top-nested case": summarize and top for each state starting with W.
        var result = Kusto.Run(Storms + """
            | where State startswith 'W'
            | partition by State
            (
                summarize Events=count(), Injuries=sum(InjuriesDirect) by EventType, State
                | top 1 by Events
            )
            | sort by State asc
            """);
        Assert.Equal(["EventType", "State", "Events", "Injuries"], result.ColumnNames());
        Assert.Equal(["High Wind|WASHINGTON|2|13", "Hail|WYOMING|2|0"], result.Text());
    }

    [Fact]
    public void Top_one_per_key_with_the_native_strategy()
    {
        var result = Kusto.Run(Storms + " | partition hint.strategy=native by EventType ( top 1 by InjuriesDirect ) | sort by EventType asc | project EventType, InjuriesDirect");
        Assert.Equal(["Hail|1", "Heavy Snow|0", "High Wind|13", "Wildfire|0"], result.Text());
    }

    [Fact]
    public void The_default_strategy_allows_64_partitions()
    {
        // "Up to 64 distinct partitions may be created. The operator will yield an error if the
        // partition column has more than 64 distinct values."
        Assert.Equal(["64"], Kusto.Run("range x from 1 to 64 step 1 | partition by x ( count ) | summarize sum(Count)").Text());
        var error = Assert.Throws<QueryException>(() => Kusto.Run("range x from 1 to 65 step 1 | partition by x ( count )"));
        Assert.Contains("more than 64", error.Message);
        Assert.Equal(["65"], Kusto.Run("range x from 1 to 65 step 1 | partition hint.strategy=native by x ( count ) | count").Text());
    }
}
