using System.Diagnostics;
using RmmHunt.Data.Inputs;

namespace RmmHunt.Data.Tests.Faults;

/// <summary>A pipe or a device cannot be read twice, as the readers do: it is refused by name, not failed on deep in a reader.</summary>
public sealed class NonRegularInputTests
{
    [Fact]
    public async Task A_pipe_given_as_input_is_refused_with_its_name()
    {
        if (!OperatingSystem.IsLinux()) return; // mkfifo
        string fifo = Path.Combine(Path.GetTempPath(), "rmmhunt-fifo-" + Guid.NewGuid().ToString("N"));
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        try
        {
            // Opening a pipe waits for its other end: a writer, as a shell's <(...) would have.
            var writer = Task.Run(() => { try { File.WriteAllText(fifo, "Timestamp,DeviceName\n"); } catch (IOException) { } });
            var e = Assert.Throws<IOException>(() => InputCatalog.Open([InputSpec.Parse($"DeviceNetworkEvents={fifo}")], DataFormats.All, DataSchemas.BuiltIn));
            Assert.Equal($"{fifo}: not a regular file (a pipe or a device); save the export to a file and pass that", e.Message);
            await writer.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            File.Delete(fifo);
        }
    }
}
