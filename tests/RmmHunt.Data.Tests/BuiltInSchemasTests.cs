using RmmHunt.Data.Schemas;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Tests;

public class BuiltInSchemasTests
{
    private static readonly BuiltInSchemas Schemas = BuiltInSchemas.Instance;

    [Fact]
    public void Loads_every_embedded_table()
    {
        Assert.Equal(
            ["DeviceEvents", "DeviceFileCertificateInfo", "DeviceFileEvents", "DeviceInfo", "DeviceNetworkEvents", "DeviceProcessEvents"],
            Schemas.TableNames);
    }

    [Fact]
    public void Table_has_defender_columns_in_doc_order_then_sentinel_only_columns_typed_per_file()
    {
        var table = Schemas.FindTable("DeviceNetworkEvents")!;
        Assert.Equal(["Timestamp", "DeviceId", "DeviceName", "ActionType", "RemoteIP", "RemotePort"], table.Columns.Take(6).Select(c => c.Name));
        Assert.Equal(KqlType.DateTime, table.Find("Timestamp")!.Type);
        Assert.Equal(KqlType.Int, table.Find("RemotePort")!.Type);
        Assert.Equal(KqlType.Long, table.Find("InitiatingProcessId")!.Type);
        Assert.Equal(KqlType.Dynamic, table.Find("AdditionalFields")!.Type);
        Assert.Equal(KqlType.Bool, table.Find("IsInitiatingProcessRemoteSession")!.Type);
        int tenant = table.IndexOf("TenantId"), lastDefender = table.IndexOf("InitiatingProcessRemoteSessionIP");
        Assert.True(tenant > lastDefender);
        Assert.Contains("TimeGenerated", table.Columns.Select(c => c.Name));
        Assert.Contains("MachineGroup", table.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Defender_export_order_leaves_out_sentinel_only_columns()
    {
        var order = Schemas.DefenderExportOrder("DeviceProcessEvents")!;
        Assert.Equal("Timestamp", order[0]);
        Assert.DoesNotContain("TenantId", order);
        Assert.DoesNotContain("TimeGenerated", order);
        Assert.True(Schemas.Find("DeviceProcessEvents")!.IsSentinelOnly("SourceSystem"));
        Assert.Equal(order.Count + Schemas.Find("DeviceProcessEvents")!.SentinelOnlyColumns.Count, Schemas.FindTable("DeviceProcessEvents")!.Count);
    }

    [Fact]
    public void Table_names_are_case_sensitive_as_in_kusto()
    {
        Assert.Null(Schemas.FindTable("devicenetworkevents"));
        Assert.Null(Schemas.DefenderExportOrder("NoSuchTable"));
    }

    [Fact]
    public void Malformed_schema_file_is_reported_with_its_line()
    {
        var e = Assert.Throws<FormatException>(() => SchemaFile.Parse("T", "column,type,variant\nA,string,both\nB,strang,both\n"));
        Assert.Contains("line 3", e.Message);
    }
}
