namespace RmmHunt.Engine.Tests;

public class UnionTests
{
    [Fact]
    public void Outer_union_keeps_all_columns_and_splits_differing_types()
    {
        var result = Kusto.Run("""
            let A = datatable(X:long, Y:string) [1, "a"];
            let B = datatable(X:string, Z:long) ["two", 2];
            union withsource=Source A, B | sort by Source asc
            """);
        // Column order beyond the source column is not documented; the columns and values are.
        Assert.Equal(["Source", "X_long", "X_string", "Y", "Z"], result.ColumnNames().Order().ToArray());
        var rows = result.Rows().Select(r => result.ColumnNames().Zip(r, (n, v) => $"{n}={Kql.Values.ScalarFormat.ToText(v)}").Order().ToArray()).ToArray();
        Assert.Equal(["Source=A", "X_long=1", "X_string=", "Y=a", "Z="], rows[0]);
        Assert.Equal(["Source=B", "X_long=", "X_string=two", "Y=", "Z=2"], rows[1]);
    }

    [Fact]
    public void Piped_union_and_inner_kind()
    {
        var rows = Kusto.Run("""
            let A = datatable(X:long, Y:string) [1, "a"];
            let B = datatable(X:long, Z:long) [2, 5];
            A | union kind=inner B | sort by X asc
            """);
        Assert.Equal(["X"], rows.ColumnNames());
        Assert.Equal(["1", "2"], rows.Text());
    }

    [Fact]
    public void Fuzzy_union_skips_a_leg_that_does_not_resolve()
    {
        var rows = Kusto.Run("let A = datatable(X:long) [1]; union isfuzzy=true A, NoSuchTable").Text();
        Assert.Equal(["1"], rows);
    }
}
