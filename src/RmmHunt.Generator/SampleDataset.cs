namespace RmmHunt.Generator;

/// <summary>
/// The parameters of <c>samples/DeviceNetworkEvents.csv</c>. Kept in code so the sample, its README and the
/// test that regenerates it byte for byte cannot drift apart.
/// </summary>
public static class SampleDataset
{
    public const string CsvFileName = "DeviceNetworkEvents.csv";
    public const string TruthFileName = "DeviceNetworkEvents.truth.json";
    public const string ExclusionsFileName = "exclusions.yaml";

    public static GeneratorOptions Options { get; } = new()
    {
        Rows = 4_000,
        Seed = 20241007,
        WindowStart = new DateTime(2024, 9, 30, 0, 0, 0, DateTimeKind.Utc),
        WindowEnd = new DateTime(2024, 10, 7, 0, 0, 0, DateTimeKind.Utc),
        Devices = 24,
        // Richer in ServerEye than the defaults, so a few thousand rows still give every benign scenario,
        // look-alike and near miss enough rows to be worth reading.
        Mix = RowMix.Default with { ServerEyeAgent = 0.05, ServerEyeBenign = 0.04, ExclusionNearMisses = 0.01, LookAlikes = 0.035 },
    };
}
