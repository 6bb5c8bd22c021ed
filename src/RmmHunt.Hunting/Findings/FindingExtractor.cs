using RmmHunt.Engine.Execution;
using RmmHunt.Hunting.Rules;

namespace RmmHunt.Hunting.Findings;

/// <summary>
/// Turns a rule's result rows into findings. The entities are those the rule's <c>entityMappings</c>
/// map (Host, Account, URL, IP, FileHash), as Sentinel would raise them; where a rule maps none, the
/// columns hunting queries conventionally produce (DeviceName, RemoteUrl, InitiatingProcessAccountName...)
/// are used, in order of preference.
/// </summary>
public static class FindingExtractor
{
    private static readonly string[] DeviceColumns = ["DeviceName", "Computer", "HostName", "HostCustomEntity"];
    private static readonly string[] DeviceIdColumns = ["DeviceId"];
    private static readonly string[] AccountColumns = ["AccountUpn", "InitiatingProcessAccountUpn", "AccountName", "InitiatingProcessAccountName", "AccountCustomEntity"];
    private static readonly string[] UrlColumns = ["RemoteUrl", "Url", "UrlCustomEntity"];
    private static readonly string[] IpColumns = ["RemoteIP", "IPAddress", "IPCustomEntity"];
    private static readonly string[] HashColumns = ["SHA256", "SHA1", "InitiatingProcessSHA256", "InitiatingProcessSHA1", "MD5", "FileHashCustomEntity"];
    private static readonly string[] ProcessColumns = ["InitiatingProcessFileName", "FileName", "ProcessName"];
    private static readonly string[] FirstSeenColumns = ["FirstSeen", "StartTime", "min_Timestamp", "Timestamp", "TimeGenerated"];
    private static readonly string[] LastSeenColumns = ["LastSeen", "EndTime", "max_Timestamp", "Timestamp", "TimeGenerated"];
    private static readonly string[] CountColumns = ["Count", "count_", "EventCount"];

    /// <summary>The pack's tool column, and the RemoteManagementMonitoringTools hunts' ones.</summary>
    private static readonly string[] ToolColumns = ["RmmTool", "rmmNetworkName", "rmmProcessName", "rmmFileSigName"];

    public static IEnumerable<Finding> From(HuntingRule rule, ResultTable result)
    {
        var names = result.Schema.Columns.Select(c => c.Name).ToArray();
        var mapped = new EntityColumns(rule.EntityMappings);
        foreach (var row in result.Rows())
        {
            var details = names.Select((n, i) => new KeyValuePair<string, object?>(n, row[i])).ToArray();
            string? Text(string? column)
            {
                int index = column is null ? -1 : Array.IndexOf(names, column);
                return index < 0 ? null : Clean(row[index]);
            }
            object? Pick(string[] candidates) =>
                candidates.Select(c => Array.IndexOf(names, c)).Where(i => i >= 0).Select(i => row[i]).FirstOrDefault(v => v is not null and not "");
            string? PickText(string[] candidates) => Clean(Pick(candidates));
            string? hashColumn = mapped.HashValue is { } h && Text(h) is not null ? h : HashColumns.FirstOrDefault(c => Text(c) is not null);
            yield return new Finding
            {
                RuleId = rule.Id,
                RuleName = rule.Name,
                Tool = PickText(ToolColumns) ?? rule.Tool,
                Tactics = rule.Tactics,
                Techniques = rule.RelevantTechniques,
                // Sentinel's hunting queries often carry no severity (the seed does not); they rank as Medium.
                Severity = rule.Severity ?? Reports.Model.SeverityLevels.Default,
                Device = Text(mapped.Host) ?? PickText(DeviceColumns),
                DeviceId = PickText(DeviceIdColumns),
                Account = Account(Text(mapped.AccountName), Text(mapped.AccountDomain)) ?? PickText(AccountColumns),
                RemoteUrl = Text(mapped.Url) ?? PickText(UrlColumns),
                RemoteIp = Text(mapped.Ip) ?? PickText(IpColumns),
                FileHash = Text(hashColumn),
                FileHashAlgorithm = Text(mapped.HashAlgorithm) ?? AlgorithmOf(hashColumn),
                Process = PickText(ProcessColumns),
                FirstSeen = Pick(FirstSeenColumns) as DateTime?,
                LastSeen = Pick(LastSeenColumns) as DateTime?,
                Count = Pick(CountColumns) switch { long l => l, int i => i, _ => null },
                Details = details,
            };
        }
    }

    private static string? Clean(object? value) => value is string { Length: > 0 } text ? text : null;

    /// <summary><c>DOMAIN\name</c> when the domain is known, as Windows writes accounts.</summary>
    private static string? Account(string? name, string? domain) => name is null ? null : domain is null ? name : $@"{domain}\{name}";

    private static string? AlgorithmOf(string? column) =>
        column is null ? null : column.Contains("SHA256") ? "SHA256" : column.Contains("SHA1") ? "SHA1" : column.Contains("MD5") ? "MD5" : null;

    /// <summary>The result columns a rule's entity mappings name, by entity and identifier.</summary>
    private sealed class EntityColumns(IReadOnlyList<EntityMapping> mappings)
    {
        public string? Host => Column("Host", "FullName") ?? Column("Host", "HostName");
        public string? AccountName => Column("Account", "FullName") ?? Column("Account", "Name");
        public string? AccountDomain => Column("Account", "FullName") is null ? Column("Account", "NTDomain") : null;
        public string? Url => Column("URL", "Url");
        public string? Ip => Column("IP", "Address");
        public string? HashValue => Column("FileHash", "Value");
        public string? HashAlgorithm => Column("FileHash", "Algorithm");

        private string? Column(string entity, string identifier) => mappings
            .Where(m => string.Equals(m.EntityType, entity, StringComparison.OrdinalIgnoreCase))
            .SelectMany(m => m.FieldMappings)
            .FirstOrDefault(f => string.Equals(f.Identifier, identifier, StringComparison.OrdinalIgnoreCase))?.ColumnName;
    }
}
