using System.Text;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Tests.Support;

/// <summary>Runs the generator into memory.</summary>
internal static class Generated
{
    public static (byte[] Csv, GroundTruth Truth) Run(GeneratorOptions options)
    {
        using var stream = new MemoryStream();
        var truth = DeviceNetworkEventsGenerator.Write(stream, options);
        return (stream.ToArray(), truth);
    }

    public static string Text(byte[] csv) => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(csv);
}
