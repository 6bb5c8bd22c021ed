using RmmHunt.Generator;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// The pack benchmark's telemetry: the same generated DeviceNetworkEvents export as <c>compare</c>, and
/// DeviceProcessEvents and DeviceFileCertificateInfo exports of as many rows for the same tenant, made
/// once per row count (same seed, same bytes) in one folder.
/// </summary>
internal sealed record PackData(string Directory, string Network, string Processes, string Certificates, GroundTruth Truth,
    EndpointActivityTruth ProcessTruth, EndpointActivityTruth CertificateTruth)
{
    public IReadOnlyList<string> Files => [Network, Processes, Certificates];

    public static PackData Ensure(string root, long rows)
    {
        var (network, truth) = Compare.EnsureData(root, rows);
        var options = Compare.NetworkOptions(rows);
        string directory = Path.Combine(root, $"endpoint-{rows}");
        string processes = Path.Combine(directory, EndpointActivityGenerator.ProcessFileName);
        string certificates = Path.Combine(directory, EndpointActivityGenerator.CertificateFileName);
        EndpointActivityTruth processTruth, certificateTruth;
        if (!File.Exists(processes) || !File.Exists(certificates))
        {
            Console.Error.WriteLine($"generating {directory} ...");
            (processTruth, certificateTruth) = EndpointActivityGenerator.WriteFiles(directory, options, rows);
        }
        else
        {
            // The truth is cheap to recompute without writing: generate into a null stream.
            processTruth = EndpointActivityGenerator.WriteProcessEvents(Stream.Null, options, rows);
            certificateTruth = EndpointActivityGenerator.WriteCertificateInfo(Stream.Null, options, rows);
        }
        return new PackData(directory, network, processes, certificates, truth, processTruth, certificateTruth);
    }
}
