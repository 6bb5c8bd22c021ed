using RmmHunt.Data;
using RmmHunt.Data.Conversion;
using RmmHunt.Data.Inputs;
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

    /// <summary>The three tables in the format a benchmark was asked for (<c>--format csv|parquet</c>).</summary>
    public IReadOnlyList<string> FilesAs(string format) => format switch
    {
        "csv" => Files,
        "parquet" => ParquetFiles(),
        _ => throw new ArgumentException($"--format {format}: csv or parquet"),
    };

    /// <summary>
    /// The same three tables as Parquet, as <c>rmmhunt convert</c> writes them (typed, sorted by time), made
    /// once beside the CSV files.
    /// </summary>
    public IReadOnlyList<string> ParquetFiles()
    {
        string root = Path.Combine(Path.GetDirectoryName(Directory)!, $"parquet-pack-{Path.GetFileName(Directory)["endpoint-".Length..]}");
        string[] tables = ["DeviceNetworkEvents", "DeviceProcessEvents", "DeviceFileCertificateInfo"];
        var paths = tables.Select(t => Path.Combine(root, t, "part-00000.parquet")).ToList();
        if (paths.All(File.Exists)) return paths;
        Console.Error.WriteLine($"converting to {root} ...");
        var inputs = InputCatalog.Open(Files.Select(InputSpec.Parse), DataFormats.All, DataSchemas.BuiltIn);
        foreach (var table in tables) TableConverter.Convert(inputs.FindTable(table)!, inputs.SourcesOf(table), inputs.ObserverFor, root, new ConvertOptions());
        return paths;
    }

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
