using RmmHunt.Data;
using RmmHunt.Data.Inputs;

namespace RmmHunt.Cli;

/// <summary>Opens the <c>--data</c> arguments, says which tables it inferred, and applies the run's rejection limits.</summary>
internal static class Inputs
{
    public static InputCatalog Open(IEnumerable<string> specs, InputOptions? options = null, IReadOnlyList<IFileFormat>? formats = null)
    {
        options ??= InputOptions.Default;
        var catalog = InputCatalog.Open(specs.Select(InputSpec.Parse), formats ?? DataFormats.All, DataSchemas.BuiltIn);
        foreach (var note in catalog.Notes) Console.Error.WriteLine(note);
        if (options.Strict || options.MaxErrors is not null)
        {
            var limit = new RejectionLimit(options);
            foreach (var file in catalog.Files) file.Statistics.OnRejected = limit.Observe;
        }
        return catalog;
    }
}
