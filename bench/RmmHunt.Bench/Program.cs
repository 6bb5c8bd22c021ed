using BenchmarkDotNet.Running;
using RmmHunt.Bench;

// `scan [rows] [path] [block KB]`: end-to-end CSV scan throughput; anything else goes to BenchmarkDotNet
// (e.g. `--filter *CsvStage*`).
if (args.Length > 0 && args[0] == "scan")
{
    ScanThroughput.Run(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(CsvStageBenchmarks).Assembly).Run(args);
