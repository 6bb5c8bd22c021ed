namespace RmmHunt.Engine.Tests.Functions;

/// <summary>IPv4 functions (https://learn.microsoft.com/kusto/query/NAME-function).</summary>
public class IpFunctionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory] // ipv4-is-match-function, ipv4-compare-function
    [InlineData("ipv4_is_match('192.168.1.1', '192.168.1.255')", "false")]
    [InlineData("ipv4_is_match('192.168.1.1/24', '192.168.1.255')", "true")]
    [InlineData("ipv4_is_match('192.168.1.1', '192.168.1.255', 24)", "true")]
    [InlineData("ipv4_is_match('192.168.1.1/30', '192.168.1.255/24')", "true")]
    [InlineData("ipv4_is_match('not an ip', '192.168.1.255')", "null")]
    [InlineData("ipv4_compare('192.168.1.1', '192.168.1.255')", "-1")]
    [InlineData("ipv4_compare('192.168.1.255', '192.168.1.1')", "1")]
    [InlineData("ipv4_compare('192.168.1.1', '192.168.1.0', 31)", "0")]
    [InlineData("ipv4_compare('192.168.1.1/24', '192.168.1.255', 31)", "0")]
    public void Match_and_compare(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // parse-ipv4-function, parse-ipv4-mask-function, format-ipv4-function, format-ipv4-mask-function, ipv4-netmask-suffix-function
    [InlineData("parse_ipv4('192.168.1.1')", "3232235777")]
    [InlineData("parse_ipv4('192.168.1.1/24')", "3232235776")]
    [InlineData("parse_ipv4('255.255.255.255/31')", "4294967294")]
    [InlineData("parse_ipv4('1.2.3')", "null")]
    [InlineData("parse_ipv4_mask('10.1.2.3', 24)", "167838208")]
    [InlineData("format_ipv4('192.168.1.255', 24)", "192.168.1.0")]
    [InlineData("format_ipv4(3232236031, 24)", "192.168.1.0")]
    [InlineData("format_ipv4('192.168.1.1/24')", "192.168.1.0")]
    [InlineData("format_ipv4('x')", "")]
    [InlineData("format_ipv4('10.0.0.1', long(null))", "")]
    [InlineData("format_ipv4_mask('192.168.1.255', 24)", "192.168.1.0/24")]
    [InlineData("format_ipv4_mask(3232236031, 24)", "192.168.1.0/24")]
    [InlineData("ipv4_netmask_suffix('192.168.1.1/24')", "24")]
    [InlineData("ipv4_netmask_suffix('192.168.1.1')", "32")]
    public void Parse_and_format(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // ipv4-is-in-any-range-function
    [InlineData("ipv4_is_in_any_range('192.168.1.6', '192.168.1.1/24', '10.0.0.1/8')", "true")]
    [InlineData("ipv4_is_in_any_range('127.0.0.1', dynamic(['127.0.0.1', '192.168.1.1']))", "true")]
    [InlineData("ipv4_is_in_any_range('11.0.0.1', '192.168.1.1/24', '10.0.0.1/8')", "false")]
    [InlineData("ipv4_is_in_any_range('x', '10.0.0.1/8')", "null")]
    public void In_any_range(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // has-ipv4-function, has-ipv4-prefix-function, has-any-ipv4-function
    [InlineData("has_ipv4('05:04:54 127.0.0.1 GET /favicon.ico 404', '127.0.0.1')", "true")]
    [InlineData("has_ipv4('05:04:54 127.0.0.256 GET /favicon.ico 404', '127.0.0.256')", "false")]
    [InlineData("has_ipv4('05:04:54127.0.0.1 GET /favicon.ico 404', '127.0.0.1')", "false")]
    [InlineData("has_ipv4('These requests came from: 192.168.1.1, 10.1.1.115 and 10.1.1.201', '10.1.1.115')", "true")]
    [InlineData("has_ipv4('from 10.1.1.115.', '10.1.1.115')", "true")] // decided: a sentence's final dot is not part of the address
    [InlineData("has_ipv4_prefix('05:04:54 127.0.0.1 GET /favicon.ico 404', '127.0.')", "true")]
    [InlineData("has_ipv4_prefix('05:04:54 127.0.0.1 GET /favicon.ico 404', '127.0')", "false")]
    [InlineData("has_ipv4_prefix('05:04:54 127.0.0.256 GET /favicon.ico 404', '127.0.')", "false")]
    [InlineData("has_ipv4_prefix('05:04:54127.0.0.1 GET /favicon.ico 404', '127.0.')", "false")]
    [InlineData("has_any_ipv4('05:04:54 127.0.0.1 GET /favicon.ico 404', '127.0.0.1', '127.0.0.2')", "true")]
    [InlineData("has_any_ipv4('05:04:54 127.0.0.1 GET /favicon.ico 404', dynamic(['127.0.0.2', '127.0.0.1']))", "true")]
    [InlineData("has_any_ipv4_prefix('05:04:54 127.0.0.1 GET /favicon.ico 404', dynamic(['127.0.', '128.']))", "true")]
    public void Has_ipv4(string expression, string expected) => Assert.Equal(expected, Eval(expression));
}
