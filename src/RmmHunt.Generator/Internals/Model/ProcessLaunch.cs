namespace RmmHunt.Generator.Internals.Model;

/// <summary>How a process is started: its image, its command line, how long it lives, and its parent's file name.</summary>
internal sealed record ProcessLaunch(ProcessImage Image, string CommandLine, ProcessLifetime Lifetime, string ParentFileName)
{
    /// <summary>A service launched by the service control manager with the image path quoted, as Windows does.</summary>
    public static ProcessLaunch Service(ProcessImage image, string arguments = "") =>
        new(image, Quoted(image, arguments), ProcessLifetime.Service, "services.exe");

    public static string Quoted(ProcessImage image, string arguments) =>
        arguments.Length == 0 ? $"\"{image.Path}\"" : $"\"{image.Path}\" {arguments}";
}
