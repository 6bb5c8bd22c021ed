using System.IO.Compression;
using RmmHunt.Data;
using RmmHunt.Data.Csv;
using RmmHunt.Data.Inputs;
using RmmHunt.Engine.Sources;
using RmmHunt.Fuzzing.Mutation;
using RmmHunt.Fuzzing.Seeds;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Fuzzing.Readers;

/// <summary>
/// Reads one fuzz case the way <c>hunt</c> does (the inputs opened by <see cref="InputCatalog"/>, each
/// source scanned for every column of its table) and checks what a user relies on:
/// <list type="bullet">
/// <item>nothing but an <see cref="InputFileException"/> naming the file escapes a reader, and it ends (within the time limit);</item>
/// <item>the rows in the batches are the rows reported read, and batches are well formed;</item>
/// <item>every rejection names the file and a line (or record) inside it, and a reason;</item>
/// <item>nothing is lost uncounted: read + skipped + rejected is the same with and without a prefilter and, for CSV,
/// with tiny blocks on one thread, which moves every chunk boundary;</item>
/// <item>an undamaged seed is read whole, with no rejection.</item>
/// </list>
/// </summary>
public static class ReadCheck
{
    public static TimeSpan DefaultLimit { get; } = TimeSpan.FromSeconds(60);

    private static readonly string[] Needles = ["server-eye", "microsoft", ".com", "no-such-needle-anywhere"];

    public static ReadOutcome Run(ReadCase @case, MutatorOptions? options = null, TimeSpan? limit = null)
    {
        var seed = SeedFiles.Get(@case.Kind, @case.Wide);
        byte[] bytes = @case.Bytes(options);
        string directory = Directory.CreateTempSubdirectory("rmmhunt-fuzz-").FullName;
        string path = Path.Combine(directory, "export" + seed.Extension);
        var outcome = new ReadOutcome(@case, bytes);
        try
        {
            File.WriteAllBytes(path, bytes);
            bool finished = Deadline.Run(() => Check(@case, seed, path, bytes, outcome), limit ?? DefaultLimit, out var crash);
            if (!finished) outcome.Violations.Add($"hang: the read did not end within {(limit ?? DefaultLimit).TotalSeconds:0} s");
            else if (crash is not null) outcome.Violations.Add($"crash: {crash.GetType().Name} escaped the reader: {crash}");
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
        return outcome;
    }

    private static void Check(ReadCase @case, Seed seed, string path, byte[] bytes, ReadOutcome outcome)
    {
        var violations = outcome.Violations;
        InputCatalog catalog;
        try
        {
            var spec = InputSpec.Parse(@case.NamedTable ? $"DeviceNetworkEvents={path}" : path);
            catalog = InputCatalog.Open([spec], DataFormats.All, DataSchemas.BuiltIn);
        }
        catch (InputFileException e) when (e.Path == path)
        {
            outcome.InputError = e.Message;
            if (@case.Edits.Length == 0) violations.Add($"the undamaged seed cannot be opened: {e.Message}");
            return;
        }
        long lines = PhysicalLines(seed, bytes, @case);
        string needle = Needles[(int)((uint)@case.GetHashCode() % Needles.Length)];
        foreach (var file in catalog.Files)
        {
            var table = catalog.FindTable(file.Table)!;
            var all = ScanRequest.All(table);
            var full = ScanCount.Of(file.Source, table, all, path, violations);
            outcome.Add(full);
            CheckCounts(full, "the scan", violations);
            CheckRejections(full, path, lines, file.Format == "parquet", violations);

            var prefilter = new RowPrefilter([new NeedleConjunction([new NeedleClause([needle])])]);
            var filtered = ScanCount.Of(file.Source, table, all with { Prefilter = prefilter }, path, violations);
            CheckCounts(filtered, $"the scan with needle '{needle}'", violations);
            CheckRejections(filtered, path, lines, file.Format == "parquet", violations);
            if (filtered.Total != full.Total || filtered.Statistics.Read > full.Statistics.Read)
                violations.Add($"miscount: with needle '{needle}' {filtered}, without {full}");

            // The same needle in one string column: Parquet then reads that column first and the others at
            // the kept rows only (passed over, or decoded and picked), which damage must not miscount either.
            if (table.Columns.FirstOrDefault(c => c.Type == KqlType.String && c.Name is "RemoteUrl" or "DeviceName") is { } column)
            {
                var inColumn = new RowPrefilter([new NeedleConjunction([NeedleClause.In(column.Name, [needle])])]);
                var kept = ScanCount.Of(file.Source, table, all with { Prefilter = inColumn }, path, violations);
                CheckCounts(kept, $"the scan with needle '{needle}' in {column.Name}", violations);
                CheckRejections(kept, path, lines, file.Format == "parquet", violations);
                if (kept.Total != full.Total || kept.Statistics.Read > full.Statistics.Read)
                    violations.Add($"miscount: with needle '{needle}' in {column.Name} {kept}, without {full}");
            }

            if (file.Source is DefenderCsvSource)
            {
                // Tiny blocks on one worker move every chunk boundary: the accounting must not change.
                var small = new DefenderCsvSource(path, table, new CsvReadOptions { BlockSize = 61, Workers = 1 });
                var moved = ScanCount.Of(small, table, all, path, violations);
                CheckCounts(moved, "the scan in 61-byte blocks", violations);
                if (moved.Total != full.Total || moved.Statistics.Read != full.Statistics.Read || !SameRejections(moved, full))
                    violations.Add($"miscount: in 61-byte blocks {moved}, in 1 MB blocks {full}");
                // A row limit the huge lines exceed: the give-up path must account for what it drops.
                var limited = new DefenderCsvSource(path, table, new CsvReadOptions { BlockSize = 256, MaxRowBytes = 4096, Workers = 2 });
                var capped = ScanCount.Of(limited, table, all, path, violations);
                CheckCounts(capped, "the scan with 4 KB rows at most", violations);
                CheckRejections(capped, path, lines, false, violations);
            }
        }
        if (@case.Edits.Length == 0)
        {
            long read = outcome.Read, rejected = outcome.Rejected;
            if (read != seed.Rows || rejected != 0 || outcome.InputError is not null)
                violations.Add($"the undamaged seed of {seed.Rows} rows gave {read} read, {rejected} rejected {outcome.InputError}");
        }
    }

    private static void CheckCounts(ScanCount scan, string what, List<string> violations)
    {
        if (scan.BatchRows != scan.Statistics.Read)
            violations.Add($"miscount: {what} returned {scan.BatchRows} rows in batches but reported {scan.Statistics.Read} read");
    }

    private static void CheckRejections(ScanCount scan, string path, long lines, bool records, List<string> violations)
    {
        foreach (var rejected in scan.Statistics.Rejections)
        {
            if (rejected.Location != path) violations.Add($"a rejection names {rejected.Location}, not the file: {rejected}");
            if (string.IsNullOrWhiteSpace(rejected.Reason)) violations.Add($"a rejection gives no reason: {rejected}");
            if (records ? rejected.Record is not >= 1 && rejected.Line < 1 : rejected.Line < 1)
                violations.Add($"a rejection has no position: {rejected}");
            if (lines > 0 && rejected.Line > lines + 1) violations.Add($"a rejection is past the last line ({lines}): {rejected}");
        }
    }

    private static bool SameRejections(ScanCount a, ScanCount b) =>
        a.Statistics.Rejections.Select(r => (r.Line, r.Column, r.Reason)).SequenceEqual(b.Statistics.Rejections.Select(r => (r.Line, r.Column, r.Reason)));

    /// <summary>The lines of the data the reader sees (inside the gzip stream), or 0 when that cannot be told (a damaged stream).</summary>
    private static long PhysicalLines(Seed seed, byte[] bytes, ReadCase @case)
    {
        if (seed.Extension.Contains("parquet", StringComparison.Ordinal)) return 0;
        if (!seed.IsGzip) return bytes.AsSpan().Count((byte)'\n') + 1;
        if (!@case.EditInsideGzip) return 0;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            var plain = new MemoryStream();
            gzip.CopyTo(plain);
            return plain.ToArray().AsSpan().Count((byte)'\n') + 1;
        }
        catch (InvalidDataException)
        {
            return 0;
        }
    }
}
