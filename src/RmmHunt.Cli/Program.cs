using RmmHunt.Cli;

return CommandLine.Build().Parse(args).Invoke();
