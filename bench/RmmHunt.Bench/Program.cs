using BenchmarkDotNet.Running;
using RmmHunt.Bench;
using RmmHunt.Bench.EndToEnd;

// `compare [...]`: the end-to-end comparison with DuckDB (see EndToEnd/Compare.cs);
// `formats [...]`: the ServerEye rule over CSV and converted Parquet, RmmHunt beside DuckDB (EndToEnd/Formats.cs);
// `memory [...]`: peak memory of the ServerEye rule over 1M and 4M rows (EndToEnd/Memory.cs);
// `worker ...`: one engine's runs, spawned by compare, formats and memory;
// `scan [rows] [path] [block KB]`: end-to-end CSV scan throughput;
// `pack [...]`: the whole RMM pack against the seed rule alone (see EndToEnd/PackBench.cs); `pack-worker ...`: one case, spawned by pack;
// `pack-command --rmmhunt PATH [...]`: the same two as the published command runs them, a fresh process per hunt (EndToEnd/PackCommand.cs);
// `pack-phases [...]`: where the pack's time goes (EndToEnd/PackPhases.cs);
// `fuzz [--target T] [--cases N] [--seed S]`: a long fuzz run over the readers, the query compiler, the YAML loaders (Fuzz/FuzzCommand.cs);
// anything else goes to BenchmarkDotNet (e.g. `--filter *CsvStage*`).
switch (args.FirstOrDefault())
{
    case "compare":
        return Compare.Run(args[1..]);
    case "formats":
        return Formats.Run(args[1..]);
    case "memory":
        return Memory.Run(args[1..]);
    case "worker":
        Worker.Execute(args[1..]);
        return 0;
    case "pack":
        return PackBench.Run(args[1..]);
    case "pack-command":
        return PackCommand.Run(args[1..]);
    case "pack-phases":
        return PackPhases.Run(args[1..]);
    case "pack-worker":
        PackBench.Worker(args[1..]);
        return 0;
    case "fuzz":
        return RmmHunt.Bench.Fuzz.FuzzCommand.Run(args[1..]);
    case "scan":
        ScanThroughput.Run(args[1..]);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(CsvStageBenchmarks).Assembly).Run(args);
        return 0;
}
