using System.Globalization;
using System.Text;
using RmmHunt.Data.Schemas;

namespace RmmHunt.Bench;

/// <summary>
/// Writes a Defender portal export of DeviceNetworkEvents with realistic shapes: pooled devices and
/// processes (low-cardinality columns), unique command lines (high-cardinality, quoted with doubled
/// quotes), JSON AdditionalFields, ~750 bytes a row. One row in <c>serverEyeEvery</c> is a ServerEye
/// connection, the needle the prefiltered benchmarks look for.
/// </summary>
public static class SyntheticNetworkEvents
{
    private sealed record Process(string FileName, string Folder, string Company, string Product, string Version, string Description, string Sha1, string Sha256, string Md5, long Size);

    public static void Write(string path, int rows, int serverEyeEvery = 1000, int seed = 1)
    {
        var random = new Random(seed);
        var columns = BuiltInSchemas.Instance.DefenderExportOrder("DeviceNetworkEvents")!;
        var devices = Enumerable.Range(0, 200).Select(i => (Id: Hex(random, 40), Name: $"ws-{i:0000}.contoso.local")).ToArray();
        var processes = Enumerable.Range(0, 60).Select(i => NewProcess(random, i)).ToArray();
        var serverEye = new Process("ServerEye.Agent.exe", @"c:\program files (x86)\server-eye", "Krämer IT Solutions GmbH", "Server-Eye",
            "4.0.1132.0", "Server-Eye Agent", Hex(random, 40), Hex(random, 64), Hex(random, 32), 1_234_567);
        var urls = Enumerable.Range(0, 500).Select(i => $"host{i}.{Words[i % Words.Length]}.example.com").ToArray();
        string[] actions = ["ConnectionSuccess", "ConnectionFailed", "InboundConnectionAccepted", "ConnectionAttempt", "ListeningConnectionCreated"];
        var start = new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc);

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", columns));
        var line = new StringBuilder(1024);
        for (int r = 0; r < rows; r++)
        {
            bool eye = serverEyeEvery > 0 && r % serverEyeEvery == serverEyeEvery / 2;
            var device = devices[random.Next(devices.Length)];
            var process = eye ? serverEye : processes[random.Next(processes.Length)];
            var time = start.AddTicks((long)(random.NextDouble() * TimeSpan.TicksPerDay * 7));
            line.Clear();
            Append(line, Iso(time));
            Append(line, device.Id);
            Append(line, device.Name);
            Append(line, actions[random.Next(actions.Length)]);
            Append(line, $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}");
            Append(line, random.Next(3) == 0 ? "80" : "443");
            Append(line, eye ? "occ-data.server-eye.de" : urls[random.Next(urls.Length)]);
            Append(line, $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}");
            Append(line, random.Next(49152, 65536).ToString(CultureInfo.InvariantCulture));
            Append(line, random.Next(5) == 0 ? "Udp" : "Tcp");
            Append(line, "Private");
            Append(line, "Public");
            Append(line, process.Sha1);
            Append(line, process.Sha256);
            Append(line, process.Md5);
            Append(line, process.FileName);
            Append(line, process.Size.ToString(CultureInfo.InvariantCulture));
            Append(line, process.Company);
            Append(line, process.Product);
            Append(line, process.Version);
            Append(line, process.FileName);
            Append(line, process.FileName);
            Append(line, process.Description);
            Append(line, random.Next(100, 60000).ToString(CultureInfo.InvariantCulture));
            Append(line, Quote($"\"{process.Folder}\\{process.FileName}\" --type=utility --channel={random.Next()} /prefetch:{random.Next(1, 9)}"));
            Append(line, Iso(time.AddMinutes(-random.Next(1, 600))));
            Append(line, process.Folder + "\\" + process.FileName);
            Append(line, random.Next(2) == 0 ? "services.exe" : "explorer.exe");
            Append(line, random.Next(100, 60000).ToString(CultureInfo.InvariantCulture));
            Append(line, Iso(time.AddHours(-random.Next(1, 48))));
            Append(line, "contoso");
            Append(line, $"user{random.Next(50)}");
            Append(line, $"S-1-5-21-1004336348-1177238915-{random.Next(1000, 1050)}");
            Append(line, random.Next(2) == 0 ? $"user{random.Next(50)}@contoso.com" : "");
            Append(line, "");
            Append(line, random.Next(2) == 0 ? "Medium" : "High");
            Append(line, random.Next(2) == 0 ? "Default" : "Full");
            Append(line, random.NextInt64(1, 1L << 40).ToString(CultureInfo.InvariantCulture));
            Append(line, "");
            Append(line, random.Next(6) == 0 ? Quote($"{{\"direction\":\"Out\",\"Tls\":true,\"ConnectionId\":{random.Next()}}}") : "");
            Append(line, random.Next(0, 5).ToString(CultureInfo.InvariantCulture));
            Append(line, "false");
            Append(line, "");
            Append(line, "");
            writer.WriteLine(line);
        }
    }

    private static readonly string[] Words = ["contoso", "fabrikam", "northwind", "adventure-works", "tailspin", "wingtip", "litware", "proseware"];

    private static Process NewProcess(Random random, int i)
    {
        string name = $"{Words[i % Words.Length]}app{i}.exe";
        return new Process(name, $@"c:\program files\{Words[i % Words.Length]}", $"{Words[i % Words.Length]} Corporation", $"{Words[i % Words.Length]} Suite",
            $"10.0.{i}.{random.Next(1000)}", $"{Words[i % Words.Length]} helper {i}", Hex(random, 40), Hex(random, 64), Hex(random, 32), random.Next(10_000, 50_000_000));
    }

    private static void Append(StringBuilder line, string field)
    {
        if (line.Length > 0) line.Append(',');
        line.Append(field);
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    private static string Iso(DateTime time) => time.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.') + "Z";

    private static string Hex(Random random, int length)
    {
        var bytes = new byte[length / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
