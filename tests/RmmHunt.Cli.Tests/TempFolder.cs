namespace RmmHunt.Cli.Tests;

/// <summary>A temporary folder for a test's files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rmmhunt-cli-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The files in the folder, hidden ones (temporary outputs) included.</summary>
    public string[] Names => Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
