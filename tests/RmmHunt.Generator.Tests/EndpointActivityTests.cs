using System.Text;
using RmmHunt.Generator.Tests.Support;
using RmmHunt.Testing;

namespace RmmHunt.Generator.Tests;

/// <summary>
/// The process and certificate tables: deterministic, the same tenant as the network table (RMM tools on
/// the devices their traffic comes from), and the committed samples reproducible byte for byte
/// (RMMHUNT_REGENERATE_SAMPLES=1 rewrites them).
/// </summary>
public class EndpointActivityTests
{
    public const long SampleRows = 1_000;
    public const double SampleRmmShare = 0.08;

    private static readonly bool Regenerate = Environment.GetEnvironmentVariable("RMMHUNT_REGENERATE_SAMPLES") == "1";

    private static (byte[] Csv, EndpointActivityTruth Truth) Processes(GeneratorOptions options, long rows, double share)
    {
        using var stream = new MemoryStream();
        var truth = EndpointActivityGenerator.WriteProcessEvents(stream, options, rows, share);
        return (stream.ToArray(), truth);
    }

    private static (byte[] Csv, EndpointActivityTruth Truth) Certificates(GeneratorOptions options, long rows, double share)
    {
        using var stream = new MemoryStream();
        var truth = EndpointActivityGenerator.WriteCertificateInfo(stream, options, rows, share);
        return (stream.ToArray(), truth);
    }

    [Fact]
    public void The_same_options_give_the_same_bytes_and_other_seeds_other_bytes()
    {
        var options = SampleDataset.Options;
        Assert.Equal(Processes(options, 500, 0.1).Csv, Processes(options, 500, 0.1).Csv);
        Assert.NotEqual(Processes(options, 500, 0.1).Csv, Processes(options with { Seed = 7 }, 500, 0.1).Csv);
    }

    [Fact]
    public void Rmm_tools_run_on_the_devices_their_network_traffic_comes_from()
    {
        var options = SampleDataset.Options;
        var network = CsvTestReader.Rows(Generated.Text(Generated.Run(options).Csv));
        var (csv, truth) = Processes(options, 3_000, 0.2);
        var processRows = CsvTestReader.Rows(Generated.Text(csv));
        Assert.Equal(3_000, processRows.Count);
        foreach (var (tool, devices) in truth.DevicesByTool.Where(t => t.Key != "servereye"))
        {
            var files = processRows.Where(r => devices.Contains(r["DeviceName"]) && r["ProcessVersionInfoCompanyName"] is var c && c.Length > 0)
                .Select(r => r["FileName"]).ToHashSet();
            var networkDevices = network.Where(r => files.Contains(r["InitiatingProcessFileName"]) && r["InitiatingProcessFileName"] != "")
                .Select(r => r["DeviceName"]).ToHashSet();
            Assert.True(devices.All(networkDevices.Contains), $"{tool}: {string.Join(", ", devices.Except(networkDevices))} has no {tool} traffic");
        }
        var serverEyeNetwork = network.Where(r => r["InitiatingProcessVersionInfoCompanyName"] == "Krämer IT Solutions GmbH").Select(r => r["DeviceName"]).ToHashSet();
        Assert.True(truth.DevicesByTool["servereye"].All(serverEyeNetwork.Contains));
    }

    [Fact]
    public void Certificates_name_each_tools_vendor_as_signer()
    {
        var (csv, truth) = Certificates(SampleDataset.Options, 2_000, 0.2);
        var rows = CsvTestReader.Rows(Generated.Text(csv));
        Assert.Contains(rows, r => r["Signer"] == "AnyDesk Software GmbH");
        Assert.Contains(rows, r => r["Signer"] == "Krämer IT Solutions GmbH");
        Assert.Contains(rows, r => r["Signer"] == "Microsoft Windows");
        Assert.Equal(7, truth.DevicesByTool.Count);
    }

    [Theory]
    [InlineData(EndpointActivityGenerator.ProcessFileName)]
    [InlineData(EndpointActivityGenerator.CertificateFileName)]
    public void Regenerating_reproduces_the_endpoint_samples_byte_for_byte(string file)
    {
        var bytes = file == EndpointActivityGenerator.ProcessFileName
            ? Processes(SampleDataset.Options, SampleRows, SampleRmmShare).Csv
            : Certificates(SampleDataset.Options, SampleRows, SampleRmmShare).Csv;
        string path = Path.Combine(RepoPaths.Samples, file);
        if (Regenerate) File.WriteAllBytes(path, bytes);
        Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes), $"samples/{file} differs from a fresh generation");
    }
}
