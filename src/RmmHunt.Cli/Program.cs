using RmmHunt.Cli;

ProgramClock.Start();
var parse = CommandLine.Build().Parse(args);
int status = parse.Invoke();
// System.CommandLine reports a command line it cannot parse with status 1, which scripts read as a failed query.
return parse.Errors.Count > 0 ? ExitCodes.Usage : status;
