using RmmHunt.Kql.Diagnostics;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Binding;

/// <summary>Type errors name the types on both sides, so that the user sees what to convert.</summary>
public class TypeMismatchTests
{
    private static Diagnostic Mismatch(string query)
    {
        var error = Assert.Single(Errors(query));
        Assert.Equal(DiagnosticCodes.TypeMismatch, error.Code);
        return error;
    }

    [Theory]
    [InlineData("DeviceNetworkEvents | where Timestamp > 'yesterday'", "datetime", "string")]
    [InlineData("DeviceNetworkEvents | where RemotePort == datetime(2024-01-01)", "int", "datetime")]
    [InlineData("DeviceNetworkEvents | where RemoteUrl > 5", "string", "long")]
    [InlineData("print x = 1 + 'a'", "long", "string")]
    [InlineData("print x = datetime(2024-01-01) + datetime(2024-01-02)", "datetime", "datetime")]
    [InlineData("print x = iff(true, 1, 'a')", "long", "string")]
    public void Both_types_are_named(string query, string left, string right)
    {
        var message = Mismatch(query).Message;
        Assert.Contains(left, message);
        Assert.Contains(right, message);
    }

    [Fact]
    public void Where_needs_a_bool()
    {
        var message = Mismatch("DeviceNetworkEvents | where RemoteUrl").Message;
        Assert.Contains("bool", message);
        Assert.Contains("string", message);
    }

    [Fact]
    public void String_operators_need_strings_on_the_left()
    {
        var message = Mismatch("DeviceNetworkEvents | where RemotePort has '443'").Message;
        Assert.Contains("'has'", message);
        Assert.Contains("int", message);
    }

    [Fact]
    public void Function_arguments_are_checked()
    {
        var message = Mismatch("print x = strlen(5)").Message;
        Assert.Contains("strlen()", message);
        Assert.Contains("long", message);
        Assert.Contains("string", message);
    }

    [Fact]
    public void Datetime_compares_with_datetime_values_only() =>
        Assert.False(Compile("DeviceNetworkEvents | where Timestamp > ago(1d) and Timestamp < now()").HasErrors);

    [Fact]
    public void Dynamic_compares_with_scalars_implicitly() =>
        Assert.False(Compile("print d = dynamic({'a': 'x'}) | where d.a == 'x' and d.n > 1").HasErrors);

    [Fact]
    public void Member_access_needs_a_dynamic_value()
    {
        var message = Mismatch("DeviceNetworkEvents | extend x = RemoteUrl.host").Message;
        Assert.Contains("dynamic", message);
        Assert.Contains("string", message);
    }

    [Fact]
    public void Datatable_values_must_fit_their_column()
    {
        var message = Mismatch("datatable(s:string)[1]").Message;
        Assert.Contains("'s'", message);
        Assert.Contains("long", message);
    }

    [Fact]
    public void Datatable_integer_literals_fit_int_and_real_columns() =>
        Assert.False(Compile("datatable(i:int, r:real, d:decimal)[1, 2, 3, int(null), real(null), decimal(null)]").HasErrors);
}
