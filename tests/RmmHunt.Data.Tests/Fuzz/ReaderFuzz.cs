using FsCheck;
using FsCheck.Fluent;
using RmmHunt.Fuzzing.Readers;
using RmmHunt.Fuzzing.Seeds;

namespace RmmHunt.Data.Tests.Fuzz;

/// <summary>
/// Valid exports of every format, damaged (bit flips, truncation, stray quotes and line breaks, bytes
/// that are not UTF-8, huge lines, deleted and repeated bytes, inside and outside gzip), read the way
/// <c>hunt</c> reads them: a reader either reads the file, rejecting what it cannot read with the file and
/// a line or record, or refuses the whole file with an <see cref="InputFileException"/> naming it; it never
/// crashes, hangs, or loses a row without counting it (see <see cref="ReadCheck"/>). The replay seeds are
/// fixed so a failure reproduces (FsCheck prints the case, shrunk to the fewest edits); <c>bench fuzz</c>
/// runs the same cases for as long as wanted. One class per format family, so that they run in parallel.
/// </summary>
internal static class ReaderFuzz
{
    public static Property Holds(ReadTarget target) =>
        Prop.ForAll(ReadCase.Arbitrary(target), c =>
        {
            var outcome = ReadCheck.Run(c);
            Assert.True(outcome.Passed, outcome.ToString());
        });
}

public class CsvFuzzTests
{
    [FsCheck.Xunit.Property(MaxTest = 250, Replay = "(20241007,11)")]
    public Property Damaged_csv_exports() => ReaderFuzz.Holds(ReadTarget.Csv);
}

public class JsonFuzzTests
{
    [FsCheck.Xunit.Property(MaxTest = 400, Replay = "(20241007,21)")]
    public Property Damaged_json_api_responses() => ReaderFuzz.Holds(ReadTarget.Json);
}

public class StreamingFuzzTests
{
    [FsCheck.Xunit.Property(MaxTest = 400, Replay = "(20241007,31)")]
    public Property Damaged_streaming_exports() => ReaderFuzz.Holds(ReadTarget.Stream);
}

public class ParquetFuzzTests
{
    [FsCheck.Xunit.Property(MaxTest = 400, Replay = "(20241007,41)")]
    public Property Damaged_parquet_files() => ReaderFuzz.Holds(ReadTarget.Parquet);
}
