using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Model;

/// <summary>
/// The devices of the made-up tenant "contoso.de": a few servers, many workstations, and the subsets on
/// which ServerEye and each other RMM agent are installed.
/// </summary>
internal sealed class Fleet
{
    private readonly DeterministicRandom _random;

    private Fleet(IReadOnlyList<Device> devices, DeterministicRandom random)
    {
        Devices = devices;
        _random = random;
        var servers = devices.Where(d => d.IsServer).ToArray();
        Servers = servers.Length > 0 ? servers : devices;
        Workstations = devices.Where(d => !d.IsServer).DefaultIfEmpty(devices[0]).ToArray();
        ServerEyeDevices = PickServerEyeDevices(devices);
        DnsServer = Servers[0];
    }

    public IReadOnlyList<Device> Devices { get; }
    public IReadOnlyList<Device> Servers { get; }
    public IReadOnlyList<Device> Workstations { get; }

    /// <summary>Devices with a ServerEye Sensorhub; the first is the OCC-Connector that talks to the cloud most.</summary>
    public IReadOnlyList<Device> ServerEyeDevices { get; }

    public Device OccConnector => ServerEyeDevices[0];

    /// <summary>The domain controller that answers DNS for everyone.</summary>
    public Device DnsServer { get; }

    public static Fleet Build(int deviceCount, long rowCount, DateTime windowStart, DeterministicRandom random)
    {
        long reportIdBlock = ReportIdBlock(rowCount);
        int serverCount = Math.Max(1, (int)Math.Round(deviceCount * 0.2));
        var devices = new Device[deviceCount];
        for (int i = 0; i < deviceCount; i++)
        {
            bool isServer = i < serverCount;
            string name = isServer ? TenantNames.ServerName(i) : TenantNames.WorkstationName(i - serverCount, random);
            var user = TenantNames.User(i, random);
            devices[i] = new Device(
                index: i,
                id: StableHash.Sha1Hex($"device|{random.NextUInt64()}"),
                name: name,
                localIp: isServer ? $"10.0.10.{11 + i}" : TenantNames.WorkstationAddress(i, random),
                isServer: isServer,
                bootTime: windowStart - TimeSpan.FromTicks(TimeSpan.TicksPerHour * 6 + random.NextLong(TimeSpan.TicksPerDay * 20)),
                user: isServer ? user.Elevated() : user,
                firstReportId: reportIdBlock * (i + 1) + random.NextLong(reportIdBlock / 2));
        }
        return new Fleet(devices, random);
    }

    /// <summary>A subset of the fleet for one installed agent, chosen once when a scenario is set up.</summary>
    public IReadOnlyList<Device> Subset(double share, int minimum)
    {
        int count = Math.Clamp((int)Math.Round(Devices.Count * share), Math.Min(minimum, Devices.Count), Devices.Count);
        return Devices.OrderBy(_ => _random.NextUInt64()).Take(count).OrderBy(d => d.Index).ToArray();
    }

    /// <summary>
    /// A power of ten at least ten times the row count: a device's counter advances at most four per row and
    /// starts in the lower half of its block, so it can never run into the next device's block.
    /// </summary>
    private static long ReportIdBlock(long rowCount)
    {
        long block = 1_000_000;
        while (block < rowCount * 10) block *= 10;
        return block;
    }

    private IReadOnlyList<Device> PickServerEyeDevices(IReadOnlyList<Device> devices)
    {
        // ServerEye is an MSP tool for servers first; the connector is a server, a few workstations carry hubs too.
        int count = Math.Clamp((int)Math.Round(devices.Count * 0.2), Math.Min(3, devices.Count), devices.Count);
        // The management server, when there is one, hosts the OCC-Connector.
        var servers = Servers.OrderBy(_ => _random.NextUInt64()).ToArray()
            .OrderBy(d => d.Name.StartsWith("srv-mgmt", StringComparison.Ordinal) ? 0 : 1)
            .Take(Math.Max(1, count - count / 3)).ToArray();
        var rest = devices.Except(servers).OrderBy(_ => _random.NextUInt64()).ToArray();
        return servers.Concat(rest).Take(count).ToArray();
    }
}
