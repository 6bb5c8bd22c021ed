using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Model;

/// <summary>An onboarded machine: its identity, address, main user, and its ReportId counter.</summary>
internal sealed class Device(int index, string id, string name, string localIp, bool isServer, DateTime bootTime,
    Account user, long firstReportId)
{
    private long _nextReportId = firstReportId;

    public int Index { get; } = index;
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string LocalIp { get; } = localIp;
    public bool IsServer { get; } = isServer;
    public DateTime BootTime { get; } = bootTime;
    public Account User { get; } = user;

    /// <summary>Seeds the values that stay fixed per device (PIDs of services, process start times).</summary>
    public ulong Salt { get; } = StableHash.Of(id);

    /// <summary>
    /// ReportId is a per-device counter in Defender; it advances by a few per network event because other
    /// tables' events share it. Each device counts in its own block, so ids are also unique across devices.
    /// </summary>
    public long NextReportId(DeterministicRandom random)
    {
        long id = _nextReportId;
        _nextReportId += 1 + random.Next(4);
        return id;
    }
}
