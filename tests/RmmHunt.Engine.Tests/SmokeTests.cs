namespace RmmHunt.Engine.Tests;

public class SmokeTests
{
    [Fact]
    public void Datatable_where_summarize()
    {
        var result = Kusto.Run("""
            datatable(Name:string, Value:long) ["a", 1, "b", 2, "a", 3]
            | where Value > 1
            | summarize Total = sum(Value), Count = count() by Name
            | sort by Name asc
            """);
        Assert.Equal(["Name", "Total", "Count"], result.ColumnNames());
        Assert.Equal(["a|3|1", "b|2|1"], result.Text());
    }
}
