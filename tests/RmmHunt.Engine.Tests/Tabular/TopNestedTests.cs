namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>
/// top-nested, one level (topnestedoperator.md): the top N values of the expression by the aggregate,
/// each with its aggregate in <c>aggregated_X</c> next to it; desc unless asc.
/// </summary>
public class TopNestedTests
{
    private const string Storms = """
        datatable(State:string, Source:string, BeginLat:real) [
            "KANSAS", "Public", 10.5, "KANSAS", "Law Enforcement", 20.0,
            "TEXAS", "Public", 40.0, "TEXAS", "Trained Spotter", 5.0,
            "IOWA", "Public", 1.0]
        """;

    [Fact]
    public void Top_values_by_an_aggregate_with_the_aggregate_beside_them()
    {
        // As the docs' StormEvents | top-nested 2 of State by sum(BeginLat).
        var result = Kusto.Run(Storms + " | top-nested 2 of State by sum(BeginLat) | sort by State asc");
        Assert.Equal(["State", "aggregated_State"], result.ColumnNames());
        Assert.Equal(["KANSAS|30.5", "TEXAS|45"], result.Text());
    }

    [Fact]
    public void Asc_takes_the_bottom_and_a_name_renames_the_aggregate()
    {
        var result = Kusto.Run(Storms + " | top-nested 1 of State by Sources = dcount(Source) asc");
        Assert.Equal(["State", "Sources"], result.ColumnNames());
        Assert.Equal(["IOWA|1"], result.Text());
    }

    [Fact]
    public void Without_a_count_every_value_is_returned()
    {
        var result = Kusto.Run(Storms + " | top-nested of State by count() | sort by State asc");
        Assert.Equal(["IOWA|1", "KANSAS|2", "TEXAS|2"], result.Text());
    }

    [Fact]
    public void Several_levels_and_others_are_reported_not_approximated()
    {
        Assert.Contains("more than one level", Kusto.Errors(Storms + " | top-nested 2 of State by sum(BeginLat), top-nested 1 of Source by sum(BeginLat)"));
        Assert.Contains("with others", Kusto.Errors(Storms + " | top-nested 2 of State with others = \"Other\" by sum(BeginLat)"));
        Assert.Contains("top-nested aggregates", Kusto.Errors(Storms + " | top-nested 2 of State by make_set(Source)"));
    }
}
