namespace RmmHunt.Corpus.Tests.Outcomes;

/// <summary>
/// Corpus queries whose first error is a genuine error in the published text, each checked by hand
/// against the query and the official schema (the reason says what is wrong).
/// </summary>
internal static class KnownDefects
{
    private static readonly Dictionary<string, string> ByFile = new(StringComparer.Ordinal)
    {
        // Broken text: these cannot parse in Kusto either.
        ["microsoft+Microsoft-365-Defender-Hunting-Queries/Exfiltration/detect-exfiltration-after-termination__1.kql"] = "typo: `5Minutebin` is not a timespan (meant `5m` and `bin`)",
        ["microsoft+Microsoft-365-Defender-Hunting-Queries/Exploits/CVE-2021-36934_usage_detection__1.kql"] = "a `#` comment line, which KQL does not have",
        ["microsoft+Microsoft-365-Defender-Hunting-Queries/Webcasts/Ignite_2020_-_Best_practices_for_hunting_across_domains_with_Microsoft_365_Defender.kql"] = "webcast notes: an unfinished `toscalar(` followed by an indented copy of the query (and `PhishFilterVerdict`, a column EmailEvents no longer has)",
        ["microsoft+Microsoft-365-Defender-Hunting-Queries/Webcasts/Airlift_2021_-_Lets_Invoke.kql"] = "comment lines of a function's documentation without `//`",
        ["Bert-JanP+Hunting-Queries-Detection-Rules/Defender_For_Endpoint/LocalAccountCreated__1.kql"] = "a `//` comment wrapped onto the next line leaves the word `DeviceName` in the query",
        ["Bert-JanP+Hunting-Queries-Detection-Rules/Defender_For_Endpoint/RareISOFile__1.kql"] = "a `//` comment wrapped onto the next line leaves words in the query",
        ["Bert-JanP+Hunting-Queries-Detection-Rules/Defender_For_Endpoint/ttp_t1219_netsupportrat_fin7__1.kql"] = "`or` missing between two `contains` conditions",
        ["Bert-JanP+Hunting-Queries-Detection-Rules/Vulnerability_Management/MostExploitedVulnerabilities2022__1.kql"] = "a fragment of a larger query (starts with `| join`), extracted alone from its Markdown page",
        ["jkerai1+KQL-Queries/Defender/Defender_-RedSun_Detection_-_NamedPipe_Detection_Correlated_to_AntiVirus_Detection.kql"] = "a typographic quote `“` instead of `\"`",
        ["jkerai1+KQL-Queries/Defender/Device_ATP_Tampering_Detection.kql"] = "a missing `)` or `,` in `pack_array(...)` before the next `let`",
        ["jkerai1+KQL-Queries/Defender/RansomwareToolMatrix_Defender_Lookup.kql"] = "marked work in progress: a query statement followed by `let` without `;`",

        ["microsoft+Microsoft-365-Defender-Hunting-Queries/Webcasts/TrackingTheAdversary/Episode_3_-_Summarizing_Pivoting_and_Joining.kql"] = "webcast notes: a `-----` separator line between queries",
        ["microsoft+Microsoft-365-Defender-Hunting-Queries/General_queries/Device_uptime_calculation__1.kql"] = "`next(Timestamp, 1, 0)`: the default `0` is a long where the column is a datetime; Kusto wants the column's type",

        // Names the tables do not have.
        ["microsoft+Microsoft-365-Defender-Hunting-Queries/Delivery/Open_email_link.kql"] = "`DeviceAlertEvents` is a retired table (replaced by AlertInfo and AlertEvidence)",
        ["Bert-JanP+Hunting-Queries-Detection-Rules/Defender_For_Endpoint/NltestDiscovery__1.kql"] = "`NLTestParameters` is used but never defined (the `let` holding the list is missing from the published text)",
        ["Bert-JanP+Hunting-Queries-Detection-Rules/Defender_For_Endpoint/Detect_Known_RAT_RMM_Process_Patterns__2.kql"] = "reads `max_Timestamp`, but this Sentinel variant summarizes `max(TimeGenerated)`, whose column is `max_TimeGenerated`",
        ["microsoft+Microsoft-365-Defender-Hunting-Queries/Webcasts/TrackingTheAdversary/Episode_1_-_KQL_Fundamentals.kql"] = "`AppFileEvents` is a retired table (its data moved to CloudAppEvents)",
        ["reprise99+Sentinel-Queries/Information_Protection/IP-LabelDowngradeThenCopytoUSB.kql"] = "`InformationProtectionEvents` is a retired Sentinel table",
        ["jkerai1+KQL-Queries/Defender/Safeboot_Registry_Modification_Detection.kql"] = "`Customer` is not a DeviceRegistryEvents column (a custom column of the author's workspace)",
        ["Azure+Azure-Sentinel/Solutions/Microsoft_Defender_XDR/Analytic_Rules/Ransomware/LaZagneCredTheft.kql"] = "the `project` before the `extend` drops `DeviceName`, which the `extend` then reads",
        ["Azure+Azure-Sentinel/Solutions/Microsoft_Defender_XDR/Analytic_Rules/Ransomware/LogDeletionUsingWevtutil.kql"] = "the `summarize ... by DeviceId` drops `DeviceName`, which the `extend` after it reads",
        ["Azure+Azure-Sentinel/Solutions/Microsoft_Defender_XDR/Analytic_Rules/Ransomware/QakbotDiscoveryActivities.kql"] = "the `summarize ... by DeviceId` drops `DeviceName`, which the `extend` after it reads",
    };

    public static string? Reason(string file, string message) =>
        ByFile.GetValueOrDefault(file);

    public static IEnumerable<string> Files => ByFile.Keys;
}
