using RmmHunt.Kql.Diagnostics;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Binding;

public class LetBindingTests
{
    [Fact]
    public void A_let_that_fails_reports_once_not_at_every_use()
    {
        // evaluate as a source is unsupported; its uses must not add "unknown column 'MaliciousIP'".
        var errors = Errors("""
            let MaliciousIP = evaluate sql_request("10.1.2.3");
            DeviceNetworkEvents
            | where RemoteIP in (MaliciousIP)
            | join (MaliciousIP) on $left.RemoteIP == $right.IP
            """);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.UnsupportedOperator, e.Code));
        Assert.Equal(["evaluate"], errors.Select(e => e.Message.Split('\'')[1]));
    }

    [Fact]
    public void A_scalar_let_that_fails_reports_once()
    {
        var error = Assert.Single(Errors("let Bad = parse_user_agent('x'); DeviceNetworkEvents | where RemoteUrl has Bad and RemoteUrl != Bad"));
        Assert.Contains("parse_user_agent()", error.Message);
    }

    [Fact]
    public void Long_literal_arguments_fit_int_parameters()
    {
        // Published in Bert-JanP/Hunting-Queries-Detection-Rules (LastPowerShellExecutions).
        var compilation = Compile("""
            let LastPowerShellExecutions = (DeviceNameInput: string, Results: int, TimeFrame: timespan) {
                DeviceProcessEvents
                | where Timestamp > ago(TimeFrame)
                | where DeviceName =~ DeviceNameInput
                | top Results by Timestamp
                | project Timestamp, ActionType, ProcessCommandLine
            };
            LastPowerShellExecutions("devicename.tld", 100, 1d)
            """);
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
    }

    [Fact]
    public void Function_arguments_are_still_type_checked()
    {
        var error = Assert.Single(Errors("let f = (n: int) { n + 1 }; print f('x')"));
        Assert.Equal(DiagnosticCodes.TypeMismatch, error.Code);
        Assert.Contains("'n'", error.Message);
    }

    [Fact]
    public void Wrong_argument_count_of_a_let_function()
    {
        var error = Assert.Single(Errors("let f = (a: string, b: long = 5) { strlen(a) + b }; print f()"));
        Assert.Equal(DiagnosticCodes.ArgumentCount, error.Code);
        Assert.Contains("f()", error.Message);
        Assert.False(Compile("let f = (a: string, b: long = 5) { strlen(a) + b }; print f('x'), f('x', 2)").HasErrors);
    }

    [Fact]
    public void Tabular_let_and_tabular_parameter()
    {
        var compilation = Compile("""
            let Recent = DeviceNetworkEvents | where Timestamp > ago(1d);
            let Only = (T:(RemoteUrl:string), needle:string) { T | where RemoteUrl has needle };
            Only(Recent, 'server-eye.de') | count
            """);
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
    }

    [Theory]
    [InlineData("let f = () { 1 }; f()")]
    [InlineData("let f = () { 1 }; f")]
    public void A_function_with_a_scalar_result_is_not_a_query(string query)
    {
        // Was: no error and no bound query, so running it failed with a NullReferenceException.
        var compilation = Compile(query);
        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal(DiagnosticCodes.NotTabular, error.Code);
        Assert.Contains("f() returns a scalar value, not a table", error.Message);
    }

    [Theory]
    [InlineData("let f = () { )")]
    [InlineData("let f = (S:(a:string)) {\n) on Key")]
    public void A_stray_closing_parenthesis_in_a_function_body_is_an_error_not_an_endless_loop(string query)
    {
        // Was: the parser's recovery stopped at the ')' and the body's loop never moved past it.
        var compilation = Compile(query);
        Assert.True(compilation.HasErrors);
        Assert.Contains(compilation.Diagnostics, d => d.Message.Contains("')'"));
    }
}
