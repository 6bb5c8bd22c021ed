using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Endpoint;

/// <summary>
/// Where the RMM tools of the network generator are installed, so the process and certificate tables
/// show the same tenant: the same devices, ServerEye on the ServerEye devices, and each other tool on
/// the devices its network traffic comes from. The subsets are drawn exactly as the network
/// generator draws them (fleet first, then one <see cref="Fleet.Subset"/> per tool in catalogue order),
/// which a test checks against a generated network export.
/// </summary>
internal static class Installations
{
    public static List<InstalledTool> Of(Fleet fleet)
    {
        var tools = new List<InstalledTool>
        {
            new("servereye", fleet.ServerEyeDevices,
                [ServerEyeImages.OccConnector, ServerEyeImages.Sensorhub, ServerEyeImages.ServiceProxy, ServerEyeImages.Filedepot], ServerEyeImages.Vendor),
        };
        // Mirrors OtherRmmTraffic.Create: share 0.08 of the fleet, at least one device, in catalogue order.
        foreach (var tool in OtherRmmTools.All)
            tools.Add(new InstalledTool(tool.Name, fleet.Subset(0.08, 1), [tool.Agent.Image], tool.Agent.Image.Company ?? tool.Name));
        return tools;
    }
}
