using RmmHunt.Data.Inputs;
using RmmHunt.Data.Tests.Formats;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql;

namespace RmmHunt.Data.Tests.Faults;

/// <summary>
/// An input that disappears or becomes unreadable after the run opened it (to learn its columns) and
/// before it is read: the error names the file and says why, in every format; nothing else is thrown.
/// </summary>
public sealed class VanishedInputTests : IDisposable
{
    private readonly FormatFixtures _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> Formats() => ["csv", "csv.gz", "json", "streaming", "parquet", "parquet.gz"];

    private string Write(string format) => format switch
    {
        "csv" => _files.DefenderCsv(),
        "csv.gz" => _files.Gzip(_files.DefenderCsv()),
        "json" => _files.AdvancedHuntingJson(),
        "streaming" => _files.StreamingLines(),
        "parquet" => _files.Parquet(),
        _ => _files.Gzip(_files.Parquet()),
    };

    private static void Run(InputCatalog inputs)
    {
        var compilation = KqlCompilation.Compile("DeviceNetworkEvents | summarize count()", inputs);
        var graph = new ExecutionGraph(new RunContext(ServerEyeRun.Now), inputs);
        graph.Add(compilation.Query!);
        graph.Run();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_file_deleted_after_it_was_opened_is_an_error_naming_it(string format)
    {
        string path = Write(format);
        var inputs = InputCatalog.Open([InputSpec.Parse($"DeviceNetworkEvents={path}")], DataFormats.All, DataSchemas.BuiltIn);
        File.Delete(path);
        var e = Assert.Throws<IOException>(() => Run(inputs));
        Assert.StartsWith($"{path}: ", e.Message);
        Assert.Contains("Could not find file", e.Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_file_replaced_by_a_directory_is_an_error_naming_it(string format)
    {
        string path = Write(format);
        var inputs = InputCatalog.Open([InputSpec.Parse($"DeviceNetworkEvents={path}")], DataFormats.All, DataSchemas.BuiltIn);
        File.Delete(path);
        Directory.CreateDirectory(path);
        var e = Assert.ThrowsAny<Exception>(() => Run(inputs));
        Assert.True(e is IOException or UnauthorizedAccessException, e.ToString());
        Assert.StartsWith($"{path}: ", e.Message);
    }
}
