using RmmHunt.Data;
using RmmHunt.Data.Inputs;

namespace RmmHunt.Cli;

/// <summary>Opens the <c>--data</c> arguments and says which tables it inferred.</summary>
internal static class Inputs
{
    public static InputCatalog Open(IEnumerable<string> specs)
    {
        var catalog = InputCatalog.Open(specs.Select(InputSpec.Parse), DataFormats.All, DataSchemas.BuiltIn);
        foreach (var note in catalog.Notes) Console.Error.WriteLine(note);
        return catalog;
    }
}
