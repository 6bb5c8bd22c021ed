namespace RmmHunt.Cli.Tests;

/// <summary>
/// The output file in-process, where a failure or a cancellation can be made to happen in the middle of
/// writing: the temporary file is removed, the path keeps what it held, and the error names both.
/// </summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_write_that_fails_half_way_leaves_no_file_and_names_the_path_and_the_cause()
    {
        string path = _folder.File("report.json");
        var e = Assert.Throws<OutputException>(() => OutputFile.Write(path, stream =>
        {
            stream.Write("{\"half\":"u8);
            throw new IOException("No space left on device");
        }));
        Assert.Equal($"{path}: cannot write the output: No space left on device", e.Message);
        Assert.Empty(_folder.Names);
    }

    [Fact]
    public void A_write_cancelled_half_way_stops_and_leaves_the_previous_report()
    {
        string path = _folder.File("report.json");
        File.WriteAllText(path, "previous");
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => OutputFile.Write(path, stream =>
        {
            stream.Write("{\"half\":"u8);
            cancel.Cancel(); // Ctrl-C while the report is being written
            for (int i = 0; i < 1000; i++) stream.Write("1,"u8);
        }, cancel.Token));
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["report.json"], _folder.Names);
    }

    [Fact]
    public void A_complete_write_replaces_the_file_at_once()
    {
        string path = _folder.File("report.json");
        File.WriteAllText(path, "previous");
        OutputFile.Write(path, stream => stream.Write("new"u8));
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["report.json"], _folder.Names);
    }
}
