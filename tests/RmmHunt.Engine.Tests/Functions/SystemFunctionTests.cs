namespace RmmHunt.Engine.Tests.Functions;

/// <summary>Random values and cloud-only functions.</summary>
public class SystemFunctionTests
{
    [Fact] // new-guid-function: a new value on every row
    public void New_guid_differs_per_row()
    {
        var guids = Kusto.Run("datatable(x:long)[1, 2, 3] | extend g = new_guid()").ColumnText("g");
        Assert.Equal(3, guids.Distinct().Count());
    }

    [Fact] // rand-function: rand() in [0, 1), rand(N) a whole number in [0, N)
    public void Rand_stays_in_range()
    {
        var result = Kusto.Run("datatable(x:long)[1, 2, 3, 4, 5, 6, 7, 8] | extend r = rand(), n = rand(3)");
        Assert.All(result.Rows(), row =>
        {
            double r = (double)row[1]!, n = (double)row[2]!;
            Assert.InRange(r, 0, 0.9999999);
            Assert.Contains(n, new[] { 0.0, 1.0, 2.0 });
        });
    }

    [Fact] // a seeded run repeats its draws, so that a report over rand() can be reproduced
    public void Seeded_rand_repeats_and_unseeded_rand_varies()
    {
        const string query = "range i from 1 to 50 step 1 | extend r = rand()";
        static List<object?> Draws(RmmHunt.Engine.Execution.ResultTable t) => t.Rows().Select(row => row[1]).ToList();
        Assert.Equal(Draws(Kusto.RunSeeded(7, query)), Draws(Kusto.RunSeeded(7, query)));
        Assert.NotEqual(Draws(Kusto.RunSeeded(7, query)), Draws(Kusto.RunSeeded(8, query)));
        Assert.NotEqual(Draws(Kusto.Run(query)), Draws(Kusto.Run(query)));
    }

    [Fact] // ingestion-time-function: there is no ingestion time offline
    public void Ingestion_time_is_null_with_a_warning()
    {
        Assert.Equal("null", Kusto.ScalarText("ingestion_time()"));
        Assert.Contains(Kusto.Warnings("datatable(x:long)[1, 2] | extend t = ingestion_time()"), w => w.Contains("ingestion_time()"));
    }

    [Fact] // Kusto.Language names the column $IngestionTime
    public void Ingestion_time_names_its_column() =>
        Assert.Equal(["x", "$IngestionTime"], Kusto.Run("datatable(x:long)[1] | extend ingestion_time()").ColumnNames());

    [Fact] // geo-info-from-ip-address-function: geolocation is a cloud service
    public void Geo_info_is_an_empty_bag_with_one_warning()
    {
        const string query = "datatable(ip:string)['20.53.203.50', '1.2.3.4'] | extend g = geo_info_from_ip_address(ip), h = geo_info_from_ip_address(ip) | extend country = tostring(g.country)";
        Assert.Equal(["{}", "{}"], Kusto.Run(query).ColumnText("g"));
        Assert.Equal(["", ""], Kusto.Run(query).ColumnText("country"));
        Assert.Single(Kusto.Warnings(query), w => w.Contains("geo_info_from_ip_address()"));
    }
}
