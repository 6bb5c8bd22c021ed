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
        var at = new ColumnIndexes(names, new EntityColumns(rule.EntityMappings));
        foreach (var row in result.Rows())
        {
            var details = names.Select((n, i) => new KeyValuePair<string, object?>(n, row[i])).ToArray();
            int hash = Text(row, at.MappedHash) is not null ? at.MappedHash : FirstWithText(row, at.Hashes);
            yield return new Finding
            {
                RuleId = rule.Id,
                RuleName = rule.Name,
                Tool = PickText(row, at.Tool) ?? rule.Tool,
                Tactics = rule.Tactics,
                Techniques = rule.RelevantTechniques,
                // Sentinel's hunting queries often carry no severity (the seed does not); they rank as Medium.
                Severity = rule.Severity ?? Reports.Model.SeverityLevels.Default,
                Device = Text(row, at.Host) ?? PickText(row, at.Device),
                DeviceId = PickText(row, at.DeviceId),
                Account = Account(Text(row, at.AccountName), Text(row, at.AccountDomain)) ?? PickText(row, at.Account),
                RemoteUrl = Text(row, at.MappedUrl) ?? PickText(row, at.Url),
                RemoteIp = Text(row, at.MappedIp) ?? PickText(row, at.Ip),
                FileHash = Text(row, hash),
                FileHashAlgorithm = Text(row, at.HashAlgorithm) ?? AlgorithmOf(hash < 0 ? null : names[hash]),
                Process = PickText(row, at.Process),
                FirstSeen = Pick(row, at.FirstSeen) as DateTime?,
                LastSeen = Pick(row, at.LastSeen) as DateTime?,
                Count = Pick(row, at.Count) switch { long l => l, int i => i, _ => null },
                Details = details,
            };
        }
    }

    private static string? Text(object?[] row, int column) => column < 0 ? null : Clean(row[column]);

    /// <summary>The value of the first of <paramref name="columns"/> (in order of preference) that holds one.</summary>
    private static object? Pick(object?[] row, int[] columns)
    {
        foreach (int column in columns)
        {
            if (row[column] is not null and not "") return row[column];
        }
        return null;
    }

    private static string? PickText(object?[] row, int[] columns) => Clean(Pick(row, columns));

    private static int FirstWithText(object?[] row, int[] columns)
    {
        foreach (int column in columns)
        {
            if (Text(row, column) is not null) return column;
        }
        return -1;
    }

    private static string? Clean(object? value) => value is string { Length: > 0 } text ? text : null;

    /// <summary><c>DOMAIN\name</c> when the domain is known, as Windows writes accounts.</summary>
    private static string? Account(string? name, string? domain) => name is null ? null : domain is null ? name : $@"{domain}\{name}";

    private static string? AlgorithmOf(string? column) =>
        column is null ? null : column.Contains("SHA256") ? "SHA256" : column.Contains("SHA1") ? "SHA1" : column.Contains("MD5") ? "MD5" : null;

    /// <summary>
    /// Where each entity's columns are in a result, looked up once per result rather than once per row: a
    /// pack's run turns thousands of rows into findings. Candidate lists keep their order of preference and
    /// hold only the columns the result has; -1 is a column it lacks.
    /// </summary>
    private sealed class ColumnIndexes(string[] names, EntityColumns mapped)
    {
        public readonly int[] Tool = Find(names, ToolColumns), Device = Find(names, DeviceColumns), DeviceId = Find(names, DeviceIdColumns),
            Account = Find(names, AccountColumns), Url = Find(names, UrlColumns), Ip = Find(names, IpColumns), Hashes = Find(names, HashColumns),
            Process = Find(names, ProcessColumns), FirstSeen = Find(names, FirstSeenColumns), LastSeen = Find(names, LastSeenColumns), Count = Find(names, CountColumns);

        public readonly int Host = IndexOf(names, mapped.Host), AccountName = IndexOf(names, mapped.AccountName), AccountDomain = IndexOf(names, mapped.AccountDomain),
            MappedUrl = IndexOf(names, mapped.Url), MappedIp = IndexOf(names, mapped.Ip), MappedHash = IndexOf(names, mapped.HashValue), HashAlgorithm = IndexOf(names, mapped.HashAlgorithm);

        private static int[] Find(string[] names, string[] candidates) => candidates.Select(c => Array.IndexOf(names, c)).Where(i => i >= 0).ToArray();

        private static int IndexOf(string[] names, string? column) => column is null ? -1 : Array.IndexOf(names, column);
    }

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
