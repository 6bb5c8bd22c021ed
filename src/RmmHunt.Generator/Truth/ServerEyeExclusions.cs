using static RmmHunt.Generator.Truth.ExclusionConditions;

namespace RmmHunt.Generator.Truth;

/// <summary>The five benign scenarios of the seed hunt, in the seed's order.</summary>
public static class ServerEyeExclusions
{
    public static ServerEyeExclusion ScheduledMonitoring { get; } = new(
        "servereye-scheduled-monitoring",
        "Scheduled Job for System Monitoring",
        "A scheduled health check of the ServerEye agent that reports system metrics to the ServerEye cloud on a timer.",
        "process.parent_process_name:\"Task Scheduler\" or process.name:\"ServerEyeMonitor.exe\"",
        ParentProcessName("Task Scheduler"), ProcessName("ServerEyeMonitor.exe"));

    public static ServerEyeExclusion AgentUpdate { get; } = new(
        "servereye-agent-update",
        "Admin Task to Update ServerEye Agent",
        "An administrator updates the ServerEye agent on a server by hand; the updater fetches packages from the ServerEye cloud.",
        "process.user:\"admin_user\" or process.command_line:\"ServerEyeUpdate.exe\"",
        User("admin_user"), CommandLineContains("ServerEyeUpdate.exe"));

    public static ServerEyeExclusion RemoteDesktop { get; } = new(
        "servereye-remote-desktop",
        "Remote Desktop Session Using ServerEye",
        "An operator works on a server over Remote Desktop while ServerEye tools started from that session talk to the cloud.",
        "process.parent_process_name:\"mstsc.exe\" or process.parent_process_name:\"tsclient.exe\"",
        ParentProcessName("mstsc.exe"), ParentProcessName("tsclient.exe"));

    public static ServerEyeExclusion NetworkInventory { get; } = new(
        "servereye-network-inventory",
        "Network Discovery via ServerEye for Inventory Purposes",
        "ServerEye inventories the internal network; scan traffic and connections to internal addresses are expected.",
        "process.command_line:\"ServerEyeScan.exe\" or network.destination_ip:\"internal_subnet\"",
        CommandLineContains("ServerEyeScan.exe"), DestinationInInternalSubnet());

    public static ServerEyeExclusion LogCollection { get; } = new(
        "servereye-log-collection",
        "Log Collection via ServerEye for Compliance",
        "ServerEye collects logs from servers and forwards them to a central log store, including over syslog (514).",
        "process.command_line:\"ServerEyeLogCollector.exe\" or network.destination_port:\"514\"",
        CommandLineContains("ServerEyeLogCollector.exe"), DestinationPort(514));

    public static IReadOnlyList<ServerEyeExclusion> All { get; } =
        [ScheduledMonitoring, AgentUpdate, RemoteDesktop, NetworkInventory, LogCollection];
}
