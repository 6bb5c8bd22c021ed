using RmmHunt.Generator.Internals.Csv;
using RmmHunt.Generator.Internals.Endpoint;
using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator;

/// <summary>What an endpoint table generation wrote: its rows, and on which devices each RMM tool shows up.</summary>
public sealed record EndpointActivityTruth(long Rows, IReadOnlyDictionary<string, IReadOnlyList<string>> DevicesByTool);

/// <summary>
/// Writes DeviceProcessEvents and DeviceFileCertificateInfo exports for the tenant of a
/// DeviceNetworkEvents generation (same devices, same ids, the RMM tools on the same devices), so the
/// whole RMM pack can run over all three tables. Most rows are everyday programs; a share
/// <paramref name="rmmShare"/> are the RMM tools' binaries. Deterministic: the same options give the same bytes.
/// The DeviceNetworkEvents generator is not touched.
/// </summary>
public static class EndpointActivityGenerator
{
    public const string ProcessFileName = "DeviceProcessEvents.csv";
    public const string CertificateFileName = "DeviceFileCertificateInfo.csv";

    public static EndpointActivityTruth WriteProcessEvents(Stream csv, GeneratorOptions network, long rows, double rmmShare = 0.002) =>
        Write(csv, network, rows, rmmShare, EndpointRows.ProcessColumns, salt: 0x5052_4F43,
            (writer, at, device, image, tool, random) => EndpointRows.Process(writer, at, device, image, service: tool is not null || random.Chance(0.3), random));

    public static EndpointActivityTruth WriteCertificateInfo(Stream csv, GeneratorOptions network, long rows, double rmmShare = 0.002) =>
        Write(csv, network, rows, rmmShare, EndpointRows.CertificateColumns, salt: 0x4345_5254,
            (writer, at, device, image, tool, random) => EndpointRows.Certificate(writer, at, device, image, tool?.Signer ?? EverydayImages.SignerOf(image), random));

    /// <summary>Writes both tables into <paramref name="directory"/> under their table names.</summary>
    public static (EndpointActivityTruth Processes, EndpointActivityTruth Certificates) WriteFiles(string directory, GeneratorOptions network, long rows, double rmmShare = 0.002)
    {
        Directory.CreateDirectory(directory);
        using var processes = File.Create(Path.Combine(directory, ProcessFileName));
        using var certificates = File.Create(Path.Combine(directory, CertificateFileName));
        return (WriteProcessEvents(processes, network, rows, rmmShare), WriteCertificateInfo(certificates, network, rows, rmmShare));
    }

    private delegate void RowWriter(Utf8CsvWriter csv, DateTime at, Device device, ProcessImage image, InstalledTool? tool, DeterministicRandom random);

    private static EndpointActivityTruth Write(Stream stream, GeneratorOptions network, long rows, double rmmShare, string[] columns, long salt, RowWriter write)
    {
        network.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (rmmShare is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(rmmShare), "a share is between 0 and 1");
        // The fleet and the tools' devices come from the network generator's own random stream, drawn in its order.
        var fleet = Fleet.Build(network.Devices, network.Rows, network.WindowStart, new DeterministicRandom(network.Seed));
        var tools = Installations.Of(fleet);
        var random = new DeterministicRandom(network.Seed ^ salt);
        var seen = tools.ToDictionary(t => t.Name, _ => new SortedSet<string>(StringComparer.Ordinal));
        var span = network.WindowEnd - network.WindowStart;
        using var csv = new Utf8CsvWriter(stream);
        EndpointRows.Header(csv, columns);
        for (long i = 0; i < rows; i++)
        {
            var at = network.WindowStart + TimeSpan.FromTicks((long)(span.Ticks * ((i + random.NextDouble()) / Math.Max(1, rows))));
            if (random.Chance(rmmShare))
            {
                var tool = random.Pick(tools);
                var device = random.Pick(tool.Devices);
                write(csv, at, device, random.Pick(tool.Images), tool, random);
                seen[tool.Name].Add(device.Name);
            }
            else
            {
                write(csv, at, random.Pick(fleet.Devices), random.Pick(EverydayImages.Processes), null, random);
            }
        }
        return new EndpointActivityTruth(rows, seen.Where(s => s.Value.Count > 0).ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value.ToList()));
    }
}
