using RmmHunt.Hunting.Exclusions;
using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting.Tests;

public class ExclusionFileTests
{
    private const string Networks = "networks:\n  internal_subnet: [10.0.0.0/8, 192.168.0.0/16]\n  dmz: 172.16.5.0/24\n";

    /// <summary>A file with the networks above and one exclusion whose filter is on line 7.</summary>
    private static ExclusionSet One(string filter) =>
        ExclusionSet.Parse(Networks + "exclusions:\n  - id: e\n    rules: '*'\n    filter: " + filter + "\n", "ex.yaml");

    private static string Kql(string filter)
    {
        var set = One(filter);
        Assert.Empty(set.Errors);
        return set.Exclusions.Single().Kql;
    }

    private static ExclusionError Error(string filter)
    {
        var set = One(filter);
        Assert.Empty(set.Exclusions);
        return Assert.Single(set.Errors);
    }

    [Theory]
    [InlineData("'not process.name:\"a\" and process.user:\"b\" or process.command_line:\"c\"'",
        "(not(coalesce(InitiatingProcessFileName =~ \"a\", false)) and InitiatingProcessAccountName =~ \"b\") or InitiatingProcessCommandLine contains \"c\"")]
    [InlineData("'process.name:\"a\" or process.user:\"b\" and process.command_line:\"c\"'",
        "InitiatingProcessFileName =~ \"a\" or (InitiatingProcessAccountName =~ \"b\" and InitiatingProcessCommandLine contains \"c\")")]
    [InlineData("'not (process.name:\"a\" or process.user:\"b\")'",
        "not(coalesce(InitiatingProcessFileName =~ \"a\" or InitiatingProcessAccountName =~ \"b\", false))")]
    [InlineData("'(process.name:\"a\" or process.user:\"b\") and not not network.destination_port:\"22\"'",
        "(InitiatingProcessFileName =~ \"a\" or InitiatingProcessAccountName =~ \"b\") and not(coalesce(not(coalesce(RemotePort == 22, false)), false))")]
    [InlineData("'process.name:\"a\" AND NOT process.user:\"b\"'",
        "InitiatingProcessFileName =~ \"a\" and not(coalesce(InitiatingProcessAccountName =~ \"b\", false))")]
    public void Not_binds_tighter_than_and_which_binds_tighter_than_or(string filter, string kql) => Assert.Equal(kql, Kql(filter));

    [Theory]
    [InlineData("'network.destination_ip:\"dmz\"'", "ipv4_is_in_range(RemoteIP, \"172.16.5.0/24\")")]
    [InlineData("'network.destination_ip:\"internal_subnet\"'", "(ipv4_is_in_range(RemoteIP, \"10.0.0.0/8\") or ipv4_is_in_range(RemoteIP, \"192.168.0.0/16\"))")]
    [InlineData("'network.destination_ip:\"10.1.2.3\"'", "RemoteIP == \"10.1.2.3\"")]
    [InlineData("'network.destination_ip:\"010.001.2.3\"'", "RemoteIP == \"10.1.2.3\"")]
    [InlineData("'network.destination_ip:\"100.64.0.0/10\"'", "ipv4_is_in_range(RemoteIP, \"100.64.0.0/10\")")]
    [InlineData("'network.destination_ip:\"fe80::1\"'", "RemoteIP =~ \"fe80::1\"")]
    [InlineData("'network.destination_port:\"0\"'", "RemotePort == 0")]
    [InlineData("'network.destination_port:\"65535\"'", "RemotePort == 65535")]
    public void Network_values(string filter, string kql) => Assert.Equal(kql, Kql(filter));

    [Theory]
    [InlineData("'process.command_line:\"C:\\Program Files\\Server-Eye\\x.exe\"'", "InitiatingProcessCommandLine contains \"C:\\\\Program Files\\\\Server-Eye\\\\x.exe\"")]
    [InlineData("'process.command_line:\"say \\\"hi\\\" \\\\\"'", "InitiatingProcessCommandLine contains \"say \\\"hi\\\" \\\\\"")]
    [InlineData("'process.name:\"it''s.exe\"'", "InitiatingProcessFileName =~ \"it's.exe\"")]
    [InlineData("\"process.command_line:\\\"a\\tb\\\"\"", "InitiatingProcessCommandLine contains \"a\\tb\"")]
    [InlineData("'process.command_line:\"x\" or process.name:\"\\\" or true or \\\"\"'", "InitiatingProcessCommandLine contains \"x\" or InitiatingProcessFileName =~ \"\\\" or true or \\\"\"")]
    public void Values_are_escaped_as_KQL_strings(string filter, string kql) => Assert.Equal(kql, Kql(filter));

    [Fact]
    public void Unknown_field_is_an_error_at_the_field()
    {
        var error = Error("'process.name:\"a\" or  process.pid:\"4\"'");

        Assert.Equal(("ex.yaml", 7, 35, Severity.Error, HuntingCodes.FilterUnknownField), (error.Path, error.Line, error.Column, error.Severity, error.Code));
        Assert.Equal("ex.yaml:7:35: error EXCL002: unknown field 'process.pid'; the fields are process.name, process.parent_process_name, process.user, "
            + "process.command_line, network.destination_ip, network.destination_port", error.ToString());
    }

    [Theory]
    [InlineData("'network.destination_port:\"ssh\"'")]
    [InlineData("'network.destination_port:\"70000\"'")]
    [InlineData("'network.destination_port:\"-1\"'")]
    [InlineData("'network.destination_port:\" 22\"'")]
    public void Bad_port_is_an_error_at_the_value(string filter)
    {
        var error = Error(filter);

        Assert.Equal((HuntingCodes.FilterInvalidValue, 7, 39), (error.Code, error.Line, error.Column));
        Assert.StartsWith("network.destination_port needs a port number from 0 to 65535, not ", error.Message);
    }

    [Fact]
    public void Unknown_network_list_names_the_lists_there_are()
    {
        var error = Error("'network.destination_ip:\"internal_subnt\"'");

        Assert.Equal((7, 37), (error.Line, error.Column));
        Assert.Equal("\"internal_subnt\" is neither a network list (this file defines internal_subnet, dmz) nor an IP address or IPv4 range", error.Message);
    }

    [Theory]
    [InlineData("'process.name:\"a\" process.user:\"b\"'", 31, "unexpected 'process.user' after a complete filter")]
    [InlineData("'process.name:a.exe'", 27, "expected a quoted value after 'process.name:'")]
    [InlineData("'process.name \"a\"'", 27, "expected ':' after the field name 'process.name'")]
    [InlineData("'(process.name:\"a\"'", 31, "expected ')' to close a '(' but found the end of the filter")]
    [InlineData("'process.name:\"a\" or'", 33, "expected a term such as process.name:\"x.exe\", 'not' or '(' but found the end of the filter")]
    [InlineData("'process.name:\"a'", 27, "the quoted value is not closed")]
    [InlineData("'process.name:\"a\" || process.user:\"b\"'", 31, "unexpected '|' after a complete filter")]
    [InlineData("''", 13, "expected a term")]
    public void Syntax_errors_point_at_the_offending_token(string filter, int column, string message)
    {
        var error = Error(filter);

        Assert.Equal((HuntingCodes.FilterSyntax, 7, column), (error.Code, error.Line, error.Column));
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void Positions_follow_yaml_escapes_and_folded_lines()
    {
        // '' is one quote in the value but two characters in the file.
        Assert.Equal(38, Error("'process.name:\"it''s\" or bogus:\"x\"'").Column);
        // A plain scalar continued on the next line.
        var folded = Error("process.name:\"a\" or\n      bogus:\"x\"");
        Assert.Equal((8, 7), (folded.Line, folded.Column));
        // A literal block.
        var block = Error("|\n      process.name:\"a\"\n      or bogus:\"x\"");
        Assert.Equal((9, 10), (block.Line, block.Column));
    }

    [Fact]
    public void Too_deep_a_filter_is_refused()
    {
        var error = Error("'" + new string('(', 100) + "process.name:\"a\"" + new string(')', 100) + "'");

        Assert.Contains("nested more than 64 levels", error.Message);
    }

    [Fact]
    public void A_long_filter_becomes_a_shallow_KQL_tree()
    {
        var terms = Enumerable.Range(0, 5000).Select(i => $"network.destination_port:\"{i}\"");

        var set = One("'" + string.Join(" or ", terms) + "'");

        Assert.Empty(set.Errors);
        Assert.Single(set.For("r", "DeviceNetworkEvents", TestData.Defender("DeviceNetworkEvents")));
    }

    [Fact]
    public void A_broken_exclusion_does_not_stop_the_others()
    {
        var set = ExclusionSet.Parse("""
            exclusions:
              - id: good
                rules: [r1]
                filter: 'process.name:"a"'
              - id: bad-port
                rules: [r1]
                filter: 'network.destination_port:"x"'
              - id: no-filter
                rules: [r1]
              - id: good
                rules: [r2]
                filter: 'process.name:"b"'
              - id: no-rules
                filter: 'process.name:"c"'
              - id: also-good
                rules: ['*']
                filter: 'process.user:"svc"'
                note: unknown keys are only warned about
            """, "ex.yaml");

        Assert.Equal(["good", "also-good"], set.Exclusions.Select(e => e.Id));
        Assert.Equal(
            [(7, 39, HuntingCodes.FilterInvalidValue), (8, 5, HuntingCodes.ExclusionMissingField), (10, 9, HuntingCodes.ExclusionDuplicateId),
             (13, 5, HuntingCodes.ExclusionMissingField), (18, 5, HuntingCodes.ExclusionUnknownKey)],
            set.Errors.Select(e => (e.Line, e.Column, e.Code)).Order());
        Assert.Equal(Severity.Warning, set.Errors.Single(e => e.Code == HuntingCodes.ExclusionUnknownKey).Severity);
    }

    [Fact]
    public void Invalid_network_lists_are_errors_and_so_are_their_users()
    {
        var set = ExclusionSet.Parse(
            "networks:\n  v6: [fd00::/8]\n  bad: [10.0.0.0/33, 10.0.0.0]\n  empty: []\nexclusions:\n  - id: e\n    rules: '*'\n    filter: 'network.destination_ip:\"v6\"'\n",
            "ex.yaml");

        Assert.Empty(set.Exclusions);
        Assert.Empty(set.Networks);
        Assert.Equal(
            ["ex.yaml:2:8: error EXCL009: \"fd00::/8\" in the network list 'v6' is not an IPv4 address or range such as 10.0.0.0/8; IPv6 is not supported (the engine has ipv4_is_in_range only)",
             "ex.yaml:3:9: error EXCL009: \"10.0.0.0/33\" in the network list 'bad' is not an IPv4 address or range such as 10.0.0.0/8",
             "ex.yaml:4:3: error EXCL009: the network list 'empty' is empty",
             "ex.yaml:8:37: error EXCL003: the network list 'v6' has errors, so this exclusion is not used"],
            set.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Exclusions_that_read_missing_columns_do_not_apply_to_that_table()
    {
        var set = ExclusionSet.Parse("""
            exclusions:
              - id: by-process
                rules: ['*']
                filter: 'process.name:"a.exe" or process.command_line:"--scan"'
              - id: by-port
                rules: ['*']
                filter: 'process.name:"a.exe" or network.destination_port:"514"'
            """, "ex.yaml");
        var problems = new List<ExclusionError>();

        var filters = set.For("any-rule", "DeviceProcessEvents", TestData.Defender("DeviceProcessEvents"), problems);

        Assert.Equal(["by-process"], filters.Select(f => f.Id));
        var warning = Assert.Single(problems);
        Assert.Equal("ex.yaml:7:14: warning EXCL007: exclusion 'by-port' does not apply to DeviceProcessEvents: it reads RemotePort, which DeviceProcessEvents does not have", warning.ToString());
        Assert.Equal(2, set.For("any-rule", "DeviceEvents", TestData.Defender("DeviceEvents")).Count);
    }

    [Theory]
    [InlineData("- a\n", "must be a mapping")]
    [InlineData("exclusions: {a: b}\n", "'exclusions' must be a list of mappings")]
    [InlineData("networks: [a]\n", "'networks' must map names to lists")]
    [InlineData("exclusions: [&a {id: x}, *a]\n", "aliases")]
    public void Malformed_files(string yaml, string message)
    {
        var set = ExclusionSet.Parse(yaml, "ex.yaml");

        Assert.Contains(set.Errors, e => e.IsError && e.Message.Contains(message));
    }

    [Fact]
    public void Missing_file_is_an_error_not_an_exception()
    {
        var set = ExclusionSet.Load(Path.Combine(Path.GetTempPath(), "no-such-exclusions-" + Guid.NewGuid() + ".yaml"));

        Assert.Equal(HuntingCodes.FileUnreadable, Assert.Single(set.Errors).Code);
    }
}
