namespace RmmHunt.Engine.Tests.Functions;

/// <summary>evaluate ipv4_lookup(), against the examples of ipv4-lookup-plugin.md.</summary>
public class Ipv4LookupTests
{
    private const string Data = """
        let IP_Data = datatable(network:string, continent_code:string ,continent_name:string, country_iso_code:string, country_name:string)
        [
          "111.68.128.0/17","AS","Asia","JP","Japan",
          "5.8.0.0/19","EU","Europe","RU","Russia",
          "223.255.254.0/24","AS","Asia","SG","Singapore",
          "46.36.200.51/32","OC","Oceania","CK","Cook Islands",
          "2.20.183.0/24","EU","Europe","GB","United Kingdom",
        ];
        let IPs = datatable(ip:string)
        [
          '2.20.183.12',   // United Kingdom
          '5.8.1.2',       // Russia
          '192.165.12.17', // Unknown
        ];
        """;

    [Fact]
    public void Matching_rows_only()
    {
        var result = Kusto.Run(Data + "IPs | evaluate ipv4_lookup(IP_Data, ip, network)");
        Assert.Equal(["ip", "network", "continent_code", "continent_name", "country_iso_code", "country_name"], result.ColumnNames());
        Assert.Equal(["2.20.183.12|2.20.183.0/24|EU|Europe|GB|United Kingdom", "5.8.1.2|5.8.0.0/19|EU|Europe|RU|Russia"], result.Text());
    }

    [Fact]
    public void Return_unmatched_keeps_the_other_rows_with_nulls()
    {
        var result = Kusto.Run(Data + "IPs | evaluate ipv4_lookup(IP_Data, ip, network, return_unmatched = true)");
        Assert.Equal([
            "2.20.183.12|2.20.183.0/24|EU|Europe|GB|United Kingdom",
            "5.8.1.2|5.8.0.0/19|EU|Europe|RU|Russia",
            "192.165.12.17|||||",
        ], result.Text());
    }

    [Fact]
    public void Extra_keys_must_be_equal_and_appear_once()
    {
        // "using extra columns for matching": Sweden's row has country_iso_code '' and does not match.
        var result = Kusto.Run(Data.Replace("let IPs = datatable(ip:string)", "let Unused = datatable(ip:string)") + """
            let IPs = datatable(ip:string, continent_name:string, country_iso_code:string)
            [
                '2.20.183.12',   'Europe', 'GB',
                '5.8.1.2',       'Europe', 'RU',
                '192.165.12.17', 'Europe', '',
                '2.20.183.13',   'Europe', 'FR',
            ];
            IPs
            | evaluate ipv4_lookup(IP_Data, ip, network, continent_name, country_iso_code)
            """);
        Assert.Equal(["ip", "continent_name", "country_iso_code", "network", "continent_code", "country_name"], result.ColumnNames());
        Assert.Equal(["2.20.183.12|Europe|GB|2.20.183.0/24|EU|United Kingdom", "5.8.1.2|Europe|RU|5.8.0.0/19|EU|Russia"], result.Text());
    }

    [Fact]
    public void Every_range_that_holds_the_address_matches()
    {
        var result = Kusto.Run("""
            let Nets = datatable(net:string, name:string) ["10.0.0.0/8", "wide", "10.1.0.0/16", "narrow", "10.2.0.0/16", "other"];
            datatable(ip:string) ["10.1.2.3", "10.1.0.0/12", "not an ip"]
            | evaluate ipv4_lookup(Nets, ip, net)
            | sort by ip asc, name asc
            """);
        // An address written with a prefix matches only ranges that hold all of it.
        Assert.Equal(["10.1.0.0/12|10.0.0.0/8|wide", "10.1.2.3|10.1.0.0/16|narrow", "10.1.2.3|10.0.0.0/8|wide"], result.Text());
    }
}
