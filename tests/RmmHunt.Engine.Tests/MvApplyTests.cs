namespace RmmHunt.Engine.Tests;

/// <summary>mv-apply per https://learn.microsoft.com/kusto/query/mv-apply-operator.</summary>
public class MvApplyTests
{
    [Fact]
    public void Top_two_of_each_record_with_the_record_columns_first()
    {
        // The docs' example: the two largest values of each list.
        var result = Kusto.Run("""
            let _data = range x from 1 to 8 step 1 | summarize l = make_list(x) by xMod2 = x % 2;
            _data
            | mv-apply element = l to typeof(long) on (top 2 by element)
            | sort by xMod2 asc, element asc
            """);
        Assert.Equal(["xMod2", "l", "element"], result.ColumnNames());
        Assert.Equal(["0|[2,4,6,8]|6", "0|[2,4,6,8]|8", "1|[1,3,5,7]|5", "1|[1,3,5,7]|7"], result.Text());
    }

    [Fact]
    public void Filtering_subquery_keeps_the_record_columns_for_later_operators()
    {
        // The shape of published hunting queries: split a command line, keep the interesting arguments.
        var rows = Kusto.Run("""
            datatable(ReportId:long, Parameters:dynamic) [1, dynamic(["taskkill", "/im", "sqlservr.exe", "/im", "mysqld.exe"]), 2, dynamic(["notepad.exe"])]
            | mv-apply KilledProcess = Parameters on (where KilledProcess contains "sql" | project KilledProcess)
            | project ReportId, KilledProcess
            """).Text();
        Assert.Equal(["1|sqlservr.exe", "1|mysqld.exe"], rows);
    }

    [Fact]
    public void Aggregating_subquery_runs_per_record_with_an_item_index()
    {
        var rows = Kusto.Run("""
            datatable(Id:long, Values:dynamic) [1, dynamic([5, 1, 9]), 2, dynamic([])]
            | mv-apply with_itemindex = i v = Values to typeof(long) on (summarize Total = sum(v), LastIndex = max(i))
            | project Id, Total, LastIndex
            """).Text();
        Assert.Equal(["1|15|2", "2|0|"], rows);
    }
}
