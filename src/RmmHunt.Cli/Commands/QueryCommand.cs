using System.CommandLine;
using RmmHunt.Cli.Limits;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql;
using RmmHunt.Kql.Text;

namespace RmmHunt.Cli.Commands;

/// <summary><c>rmmhunt query (--file F | KQL) --data ...</c>: runs one query and prints its result.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("kql") { Description = "The query text (or use --file).", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file") { Description = "Read the query from this file.", HelpName = "FILE" };
        var data = CommonOptions.Data(required: false);
        var now = CommonOptions.Now();
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var externalData = CommonOptions.ExternalData();
        var inputHandling = CommonOptions.InputHandling();
        var limits = new LimitOptions();
        var command = new Command("query", "Run one KQL query over telemetry and print its result.")
        {
            text, file, data, now, format, output, externalData, inputHandling.MaxErrors, inputHandling.Strict, inputHandling.Quiet,
        };
        foreach (var option in limits.All) command.Options.Add(option);
        command.SetAction((parse, cancellation) => CliRun.Start(cancellation, limits.Read(parse), scope =>
        {
            string? queryFile = parse.GetValue(file);
            string? queryText = parse.GetValue(text);
            if ((queryFile is null) == (queryText is null))
                throw new UsageException("give the query either as an argument or with --file, not both");
            var source = queryFile is not null
                ? new SourceText(CliRun.ReadFile(queryFile), queryFile)
                : new SourceText(queryText!, "<query>");
            var inputOptions = CommonOptions.Read(parse, inputHandling);
            var inputs = Inputs.Open(parse.GetValue(data) ?? [], inputOptions, scope.Formats);
            var context = new RunContext(parse.GetValue(now) ?? DateTime.UtcNow, scope.Token)
            {
                ExternalData = ExternalCopies.From(parse.GetValue(externalData)),
                Memory = scope.Memory,
            };
            var compilation = KqlCompilation.Compile(source, inputs, new ExecutionProbe(context, inputs));
            Console.Error.Write(compilation.FormatDiagnostics());
            if (compilation.HasErrors) return ExitCodes.QueryError;
            var graph = new ExecutionGraph(context, inputs);
            var handle = graph.Add(compilation.Query!);
            InputProgress.Run(inputs, inputOptions, () => { graph.Run(); return 0; });
            ResultOutput.Write(handle.Result, parse.GetValue(format), parse.GetValue(output), scope.Token);
            InputSummary.Print(inputs, Console.Error);
            foreach (var warning in context.Warnings) Console.Error.WriteLine($"warning: {warning}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
