namespace RmmHunt.Cli.Tests;

/// <summary>A scratch folder deleted after the test.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rmmhunt-cli-" + Guid.NewGuid().ToString("N"));

    public ScratchFolder() => Directory.CreateDirectory(Path);

    public string Write(string relative, string text)
    {
        string path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies a folder of the repository into the scratch folder.</summary>
    public string Copy(string source, string relative)
    {
        string target = System.IO.Path.Combine(Path, relative);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string to = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
