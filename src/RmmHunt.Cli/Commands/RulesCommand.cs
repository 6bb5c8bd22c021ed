using System.CommandLine;

namespace RmmHunt.Cli.Commands;

/// <summary><c>rmmhunt rules list|show|test</c>: describe the rules and prove them against their fixtures.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "Describe hunting rules and test them against their fixtures.");
        command.Subcommands.Add(RulesListCommand.Create());
        command.Subcommands.Add(RulesShowCommand.Create());
        command.Subcommands.Add(RulesTestCommand.Create());
        return command;
    }
}
