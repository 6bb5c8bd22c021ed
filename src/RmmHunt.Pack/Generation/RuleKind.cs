namespace RmmHunt.Pack.Generation;

/// <summary>The three rules the pack writes per tool, each over its own Defender table.</summary>
public sealed record RuleKind(string Name, string Table, string Title)
{
    public static readonly RuleKind Network = new("network", "DeviceNetworkEvents", "connection to the vendor's cloud");
    public static readonly RuleKind Process = new("process", "DeviceProcessEvents", "process started");
    public static readonly RuleKind Signature = new("signature", "DeviceFileCertificateInfo", "file signed by the vendor");

    public static IReadOnlyList<RuleKind> All { get; } = [Network, Process, Signature];

    public static RuleKind Parse(string name) =>
        All.FirstOrDefault(k => k.Name == name) ?? throw new ArgumentException($"unknown rule kind '{name}' (known: network, process, signature)");

    public override string ToString() => Name;
}
