using RmmHunt.Data.ExternalData;

namespace RmmHunt.Cli;

/// <summary>The <c>--externaldata</c> arguments as a provider of local copies (null when none were given).</summary>
internal static class ExternalCopies
{
    public static ExternalDataFiles? From(string[]? specs)
    {
        if (specs is null || specs.Length == 0) return null;
        var files = new ExternalDataFiles();
        foreach (var spec in specs) files.Add(spec);
        return files;
    }
}
