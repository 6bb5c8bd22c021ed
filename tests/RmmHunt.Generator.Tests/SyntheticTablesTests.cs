using System.Text.Json;
using RmmHunt.Generator.Synthetic;

namespace RmmHunt.Generator.Tests;

/// <summary>Schema-driven synthetic rows: typed as declared, plausible by column name, consistent within a row, repeatable.</summary>
public class SyntheticTablesTests
{
    private static readonly SyntheticColumn[] Columns =
    [
        new("Timestamp", "datetime"), new("DeviceId", "string"), new("DeviceName", "string"), new("ActionType", "string"),
        new("RemotePort", "int"), new("RemoteIP", "string"), new("InitiatingProcessFileName", "string"),
        new("InitiatingProcessFolderPath", "string"), new("InitiatingProcessSHA1", "string"), new("InitiatingProcessId", "long"),
        new("AccountName", "string"), new("AccountSid", "string"), new("AdditionalFields", "dynamic"), new("IsLocalAdmin", "bool"),
        new("ConfigurationImpact", "real"), new("TimeGenerated", "datetime"),
    ];

    private static readonly SyntheticOptions Options = SyntheticOptions.Default with { Rows = 300 };

    private static IReadOnlyList<object?[]> Rows(string table = "DeviceNetworkEvents") => SyntheticTables.Generate(table, Columns, Options);

    private static int Ordinal(string name) => Array.FindIndex(Columns, c => c.Name == name);

    [Fact]
    public void Same_seed_and_table_give_the_same_rows_and_other_tables_differ()
    {
        Assert.Equal(Rows(), Rows());
        Assert.NotEqual(Rows().Select(r => r[Ordinal("Timestamp")]), Rows("DeviceLogonEvents").Select(r => r[Ordinal("Timestamp")]));
    }

    [Fact]
    public void Values_have_the_declared_types()
    {
        foreach (var row in Rows())
        {
            Assert.IsType<DateTime>(row[Ordinal("Timestamp")]);
            Assert.IsType<int>(row[Ordinal("RemotePort")]);
            Assert.IsType<long>(row[Ordinal("InitiatingProcessId")]);
            Assert.IsType<bool>(row[Ordinal("IsLocalAdmin")]);
            Assert.IsType<double>(row[Ordinal("ConfigurationImpact")]);
            Assert.IsType<string>(row[Ordinal("DeviceName")]);
            using var json = JsonDocument.Parse((string)row[Ordinal("AdditionalFields")]!);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }
    }

    [Fact]
    public void Events_fall_in_the_window_with_sentinel_time_just_after_the_event()
    {
        foreach (var row in Rows())
        {
            var time = (DateTime)row[Ordinal("Timestamp")]!;
            Assert.InRange(time, Options.End - Options.Span, Options.End);
            Assert.Equal(DateTimeKind.Utc, time.Kind);
            Assert.InRange((DateTime)row[Ordinal("TimeGenerated")]! - time, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public void Values_look_like_what_their_column_holds()
    {
        foreach (var row in Rows())
        {
            Assert.Matches("^[0-9a-f]{40}$", (string)row[Ordinal("DeviceId")]!);
            Assert.Matches("^[0-9a-f]{40}$", (string)row[Ordinal("InitiatingProcessSHA1")]!);
            Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", (string)row[Ordinal("RemoteIP")]!);
            Assert.Matches(@"^S-1-5-", (string)row[Ordinal("AccountSid")]!);
            Assert.EndsWith(".contoso.local", (string)row[Ordinal("DeviceName")]!);
            Assert.Contains(row[Ordinal("ActionType")], new[] { "ConnectionSuccess", "ConnectionFailed", "InboundConnectionAccepted", "ListeningConnectionCreated", "ConnectionAttempt" });
        }
    }

    [Fact]
    public void A_row_is_consistent_and_devices_recur_so_that_joins_find_partners()
    {
        var rows = Rows();
        foreach (var row in rows)
        {
            Assert.Equal(Path.GetFileName((string)row[Ordinal("InitiatingProcessFolderPath")]!), row[Ordinal("InitiatingProcessFileName")]);
        }
        // One id per device name, in this table and in another.
        var ids = rows.Concat(Rows("DeviceProcessEvents")).GroupBy(r => r[Ordinal("DeviceName")]).ToList();
        Assert.All(ids, g => Assert.Single(g.Select(r => r[Ordinal("DeviceId")]).Distinct()));
        Assert.InRange(ids.Count, 2, 20);
    }
}
