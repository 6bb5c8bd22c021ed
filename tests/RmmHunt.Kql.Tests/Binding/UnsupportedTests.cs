using RmmHunt.Kql.Diagnostics;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Binding;

/// <summary>KQL the engine does not run is a compile error that names the construct and says "not supported".</summary>
public class UnsupportedTests
{
    [Theory]
    [InlineData("DeviceNetworkEvents | fork (take 1) (take 2)", "fork")]
    [InlineData("DeviceNetworkEvents | facet by DeviceName", "facet")]
    public void Operators_are_named_as_not_supported(string query, string name)
    {
        var error = Assert.Single(Errors(query));
        Assert.Equal(DiagnosticCodes.UnsupportedOperator, error.Code);
        Assert.Contains($"'{name}'", error.Message);
        Assert.Contains("not supported", error.Message);
    }

    [Fact]
    public void The_error_points_at_the_operator_name()
    {
        var compilation = Compile("DeviceNetworkEvents\n| where RemotePort == 443\n| facet by DeviceName");
        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal((3, 3), compilation.Source.LocationOf(error.Span.Start));
        Assert.Equal(5, error.Span.Length);
    }

    [Fact]
    public void Every_unsupported_operator_of_a_query_is_reported()
    {
        var errors = Errors("DeviceNetworkEvents | facet by DeviceName | fork (take 1)");
        Assert.Equal(["facet", "fork"], errors.Select(e => e.Message.Split('\'')[1]));
    }

    [Theory]
    [InlineData("parse_user_agent")]
    [InlineData("geo_point_to_s2cell")]
    [InlineData("series_decompose_anomalies")]
    [InlineData("zlib_compress_to_base64_string")]
    public void Real_kql_functions_are_not_supported_rather_than_unknown(string function)
    {
        var error = Assert.Single(Errors($"DeviceNetworkEvents | extend x = {function}(RemoteUrl, 1)"));
        Assert.Equal(DiagnosticCodes.UnsupportedFunction, error.Code);
        Assert.Contains($"{function}()", error.Message);
        Assert.Contains("not supported", error.Message);
    }

    [Theory]
    [InlineData("tdigest")]
    [InlineData("buildschema")]
    public void Unsupported_aggregates_are_named(string aggregate)
    {
        var error = Assert.Single(Errors($"DeviceNetworkEvents | summarize {aggregate}(RemotePort)"));
        Assert.Contains($"{aggregate}()", error.Message);
        Assert.Contains("not supported", error.Message);
    }

    [Theory]
    [InlineData("row_rank_dense", "window function")]
    [InlineData("hll", "sketches")]
    [InlineData("series_stats", "series function")]
    [InlineData("series_decompose_anomalies", "series_periods_detect")]
    [InlineData("FileProfile", "Defender")]
    public void Unsupported_functions_say_why(string function, string reason)
    {
        var error = Assert.Single(Errors($"DeviceNetworkEvents | extend x = {function}(RemoteUrl)"));
        Assert.Contains("not supported", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("(flag, score, baseline) = series_decompose_anomalies(RemotePort)", "series_decompose_anomalies()")]
    [InlineData("(RSquare, SplitIdx, Variance, RVariance, TrendLine) = series_fit_2lines(RemotePort)", "series_fit_2lines()")]
    public void A_tuple_from_an_unsupported_function_names_the_function_not_the_tuple(string assignment, string name)
    {
        var error = Assert.Single(Errors($"DeviceNetworkEvents | extend {assignment}"));
        Assert.Equal(DiagnosticCodes.UnsupportedFunction, error.Code);
        Assert.Contains(name, error.Message);
    }

    [Theory]
    [InlineData("declare query_parameters(x:string); print 1", "declare")]
    [InlineData("alias database x = cluster('c').database('d'); print 1", "alias")]
    public void Statements_are_named_as_not_supported(string query, string name)
    {
        var error = Assert.Single(Errors(query));
        Assert.Contains($"'{name}'", error.Message);
        Assert.Contains("not supported", error.Message);
    }

    [Fact]
    public void Negated_list_operators_that_kql_lacks_are_rejected()
    {
        var error = Assert.Single(Errors("DeviceNetworkEvents | where RemoteUrl !has_any ('a')"));
        Assert.Contains("'!has_any'", error.Message);
    }
}
