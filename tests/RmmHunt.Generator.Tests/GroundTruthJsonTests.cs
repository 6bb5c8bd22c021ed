using System.Text;
using RmmHunt.Generator.Tests.Support;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Tests;

public class GroundTruthJsonTests
{
    [Fact]
    public void The_truth_survives_a_round_trip_unchanged()
    {
        var (_, truth) = Generated.Run(new GeneratorOptions { Rows = 3_000, Seed = 9, Devices = 12, Now = new DateTime(2024, 10, 6, 0, 0, 0, DateTimeKind.Utc) });
        string json = GroundTruthJson.ToJson(truth);
        var read = GroundTruthJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(json, GroundTruthJson.ToJson(read));
        Assert.Equal(DateTimeKind.Utc, read.Now.Kind);
        Assert.Equal(truth.Parameters, read.Parameters);
    }

    [Fact]
    public void The_truth_file_sits_beside_the_csv() =>
        Assert.Equal(Path.Combine(Path.GetFullPath("out"), "DeviceNetworkEvents.truth.json"),
            GroundTruthJson.PathBeside(Path.Combine("out", "DeviceNetworkEvents.csv")));
}
