using RmmHunt.Data.Schemas;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Tests;

public class BuiltInSchemasTests
{
    private static readonly BuiltInSchemas Schemas = BuiltInSchemas.Instance;

    [Fact]
    public void Loads_every_embedded_table()
    {
        Assert.Equal(42, Schemas.TableNames.Count());
        Assert.Contains("DeviceNetworkEvents", Schemas.TableNames);
        Assert.Contains("DeviceTvmSoftwareVulnerabilities", Schemas.TableNames);
        Assert.Contains("SecurityEvent", Schemas.TableNames);
        Assert.Equal(Schemas.TableNames.Order(StringComparer.Ordinal), Schemas.TableNames);
    }

    [Theory]
    [InlineData("DeviceLogonEvents", "IsLocalAdmin", KqlType.Bool)]
    [InlineData("DeviceLogonEvents", "RemotePort", KqlType.Int)]
    [InlineData("DeviceRegistryEvents", "RegistryValueData", KqlType.String)]
    [InlineData("DeviceImageLoadEvents", "InitiatingProcessCreationTime", KqlType.DateTime)]
    [InlineData("DeviceTvmSoftwareVulnerabilities", "CveTags", KqlType.Dynamic)]
    [InlineData("DeviceTvmSecureConfigurationAssessment", "ConfigurationImpact", KqlType.Real)]
    [InlineData("IdentityLogonEvents", "AdditionalFields", KqlType.Dynamic)]
    [InlineData("EmailEvents", "AttachmentCount", KqlType.Int)]
    [InlineData("CloudAppEvents", "RawEventData", KqlType.Dynamic)]
    [InlineData("AlertEvidence", "AdditionalFields", KqlType.Dynamic)]
    [InlineData("SecurityEvent", "EventID", KqlType.Int)]
    [InlineData("SigninLogs", "LocationDetails", KqlType.Dynamic)]
    // azure-monitor-ref/tables/includes/intunedevices-include.md: LastContact is a string, not a datetime.
    [InlineData("IntuneDevices", "LastContact", KqlType.String)]
    [InlineData("IntuneDevices", "StorageFree", KqlType.Long)]
    public void Columns_have_the_documented_type(string table, string column, KqlType type) =>
        Assert.Equal(type, Schemas.FindTable(table)!.Find(column)!.Type);

    [Fact]
    public void Every_additional_fields_column_is_dynamic_so_member_access_binds()
    {
        var columns = Schemas.Tables.Select(t => t.Schema.Find("AdditionalFields")).OfType<ColumnSymbol>().ToList();
        Assert.True(columns.Count >= 10);
        Assert.All(columns, c => Assert.Equal(KqlType.Dynamic, c.Type));
    }

    [Fact]
    public void Defender_tables_streamed_to_sentinel_have_its_columns_and_defender_only_tables_do_not()
    {
        foreach (var name in new[] { "DeviceRegistryEvents", "IdentityQueryEvents", "EmailEvents", "AlertInfo" })
        {
            var table = Schemas.Find(name)!;
            Assert.True(table.IsSentinelOnly("TimeGenerated"), name);
            Assert.True(table.IsSentinelOnly("TenantId"), name);
            Assert.Contains("Timestamp", table.DefenderColumns.Select(c => c.Name));
        }
        Assert.True(Schemas.Find("DeviceLogonEvents")!.IsSentinelOnly("MachineGroup"));
        Assert.Null(Schemas.FindTable("DeviceTvmSoftwareInventory")!.Find("TimeGenerated"));
        Assert.Equal(KqlType.DateTime, Schemas.FindTable("SecurityAlert")!.Find("TimeGenerated")!.Type);
    }

    [Fact]
    public void Sentinel_spellings_sit_beside_the_advanced_hunting_ones()
    {
        var identity = Schemas.Find("IdentityInfo")!;
        Assert.False(identity.IsSentinelOnly("AccountUpn"));
        Assert.True(identity.IsSentinelOnly("AccountUPN"));
        Assert.True(Schemas.Find("IdentityLogonEvents")!.IsSentinelOnly("ISP"));
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
