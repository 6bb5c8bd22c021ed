namespace RmmHunt.Pack.Generation;

/// <summary>
/// The KQL of each kind of rule: the filter, the seed's time window, then one row per device, account
/// and program (or file) with first and last sighting, count and sample report ids, and the columns
/// the entity mappings name. Only operators and functions the engine runs today are used. The
/// indicator filter comes first: it passes few rows, so the time window, evaluated by every one of
/// hundreds of rules over the same scan, only sees those.
/// </summary>
internal static class RuleQueries
{
    /// <summary>The look-back of the RemoteManagementMonitoringTools hunts and of the seed rule.</summary>
    public const string Lookback = "5d";

    private const string Indent = "    ";

    public static string Build(RuleKind kind, Condition filter, string toolName)
    {
        var text = new List<string>
        {
            $"let Time_start = now(-{Lookback});",
            "let Time_end = now();",
            kind.Table,
            "| where " + Where(filter),
            "| where Timestamp between (Time_start .. Time_end)",
        };
        text.AddRange(Summary(kind, toolName));
        return string.Join('\n', text) + "\n";
    }

    private static string Where(Condition filter) => filter is AllOf all
        ? string.Join($"\n{Indent}and ", all.Parts.Select(p => p.Kql(Indent)))
        : filter.Kql(Indent);

    private static IEnumerable<string> Summary(RuleKind kind, string toolName)
    {
        const string seen = "FirstSeen = min(Timestamp), LastSeen = max(Timestamp), Count = count()";
        string tool = $"RmmTool = {KqlStrings.Quote(toolName)}";
        if (kind == RuleKind.Network)
        {
            return
            [
                $"| summarize {seen},",
                $"{Indent}RemoteIPs = make_set(RemoteIP, 10), ProcessHashes = make_set(InitiatingProcessSHA256, 10), ReportIds = make_set(ReportId, 10)",
                $"{Indent}by DeviceId, DeviceName, InitiatingProcessAccountDomain, InitiatingProcessAccountName, InitiatingProcessFileName, RemoteUrl",
                $"| extend {tool}, RemoteIP = tostring(RemoteIPs[0]), FileHashAlgorithm = 'SHA256', FileHash = tostring(ProcessHashes[0])",
            ];
        }
        if (kind == RuleKind.Process)
        {
            return
            [
                $"| summarize {seen},",
                $"{Indent}CommandLines = make_set(ProcessCommandLine, 5), ReportIds = make_set(ReportId, 10)",
                $"{Indent}by DeviceId, DeviceName, AccountDomain, AccountName, FileName, FolderPath, SHA256",
                $"| extend {tool}, FileHashAlgorithm = 'SHA256'",
            ];
        }
        return
        [
            $"| summarize {seen}, ReportIds = make_set(ReportId, 10)",
            $"{Indent}by DeviceId, DeviceName, SHA1, Signer",
            $"| extend {tool}, FileHashAlgorithm = 'SHA1'",
        ];
    }

    /// <summary>The entities a SOC pivots on, by the result columns each kind produces.</summary>
    public static IReadOnlyList<EntityMappingSpec> Entities(RuleKind kind)
    {
        var host = new EntityMappingSpec("Host", [("HostName", "DeviceName")]);
        if (kind == RuleKind.Network)
        {
            return
            [
                host,
                new("Account", [("Name", "InitiatingProcessAccountName"), ("NTDomain", "InitiatingProcessAccountDomain")]),
                new("URL", [("Url", "RemoteUrl")]),
                new("IP", [("Address", "RemoteIP")]),
                new("FileHash", [("Algorithm", "FileHashAlgorithm"), ("Value", "FileHash")]),
            ];
        }
        if (kind == RuleKind.Process)
        {
            return
            [
                host,
                new("Account", [("Name", "AccountName"), ("NTDomain", "AccountDomain")]),
                new("FileHash", [("Algorithm", "FileHashAlgorithm"), ("Value", "SHA256")]),
            ];
        }
        return [host, new("FileHash", [("Algorithm", "FileHashAlgorithm"), ("Value", "SHA1")])];
    }
}
