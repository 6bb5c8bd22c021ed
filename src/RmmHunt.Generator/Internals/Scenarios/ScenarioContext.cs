using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>What scenarios share: the random stream, the fleet, and where the rule's window begins.</summary>
internal sealed class ScenarioContext(DeterministicRandom random, Fleet fleet, DateTime ruleWindowStart)
{
    public DeterministicRandom Random { get; } = random;
    public Fleet Fleet { get; } = fleet;

    /// <summary>now − 5d for the rule's <c>now</c>; ServerEye rows before it count as "before window".</summary>
    public DateTime RuleWindowStart { get; } = ruleWindowStart;

    /// <summary>Puts the row on a device and gives it the device's next ReportId.</summary>
    public void OnDevice(NetworkEvent e, Device device)
    {
        e.DeviceId = device.Id;
        e.DeviceName = device.Name;
        e.ReportId = device.NextReportId(Random);
    }

    /// <summary>A ServerEye device, the OCC-Connector half the time since it carries the cloud traffic.</summary>
    public Device ServerEyeDevice() =>
        Random.Chance(0.5) ? Fleet.OccConnector : Random.Pick(Fleet.ServerEyeDevices);
}
