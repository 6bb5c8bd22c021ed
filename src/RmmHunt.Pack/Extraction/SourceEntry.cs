namespace RmmHunt.Pack.Extraction;

/// <summary>One tool entry of one catalogue (a RemoteManagementMonitoringTools folder, a LOLRMM name) with what it says.</summary>
internal sealed class SourceEntry(string catalogue, string key, string name)
{
    public string Catalogue { get; } = catalogue;

    /// <summary><c>jischell:RMM/AnyDesk</c>, <c>lolrmm:yaml/anydesk.yaml</c>.</summary>
    public string Key { get; } = key;

    public string Name { get; } = name;
    public string? Category { get; set; }
    public string? Website { get; set; }
    /// <summary>The catalogue files the entry was read from.</summary>
    public List<string> Files { get; } = [];

    public List<string> Capabilities { get; } = [];
    public List<string> ServiceInstallEvidence { get; } = [];
    public List<Observation> Observations { get; } = [];
    public List<UnmodelledCondition> Unmodelled { get; } = [];

    public void Add(string field, string value, string source, bool authoritative) =>
        Observations.Add(new Observation(field, value, source, authoritative));

    public override string ToString() => Key;
}
