using System.CommandLine;
using RmmHunt.Cli.Commands;

namespace RmmHunt.Cli;

/// <summary>The <c>rmmhunt</c> command tree.</summary>
public static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("RmmHunt runs Microsoft Sentinel / Defender XDR hunting rules (KQL) over exported telemetry, offline.");
        root.Subcommands.Add(HuntCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        return root;
    }
}
