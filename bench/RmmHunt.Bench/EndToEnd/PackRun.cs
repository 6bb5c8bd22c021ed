using RmmHunt.Data;
using RmmHunt.Data.Inputs;
using RmmHunt.Hunting.Runner;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Rules.Cache;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// One hunt as the benchmark times it: open the inputs, compile and plan the rules into one graph (those with a scan
/// sketch from an earlier run only when the scans give them rows), scan every table once.
/// </summary>
internal static class PackRun
{
    public const string SeedRuleId = "8f8aa8e8-90a1-43cf-852c-ba54c63a973d";

    /// <summary>
    /// The I/O floor: one rule per table with a single needle (no rule can read a table for less), so the
    /// pack's time can be set against the cost of just reading the same three tables.
    /// </summary>
    private static readonly (string Table, string Column)[] FloorRules =
        [("DeviceNetworkEvents", "RemoteUrl"), ("DeviceProcessEvents", "FileName"), ("DeviceFileCertificateInfo", "Signer")];

    /// <summary>
    /// The rules of a benchmark case: the seed rule (picked from the whole rules folder, which is loaded;
    /// or loaded alone, from the seed's own folder), the I/O floor, or the whole built-in rules folder.
    /// </summary>
    public static List<HuntingRule> Rules(string which, string rulesDirectory)
    {
        if (which == "servereye-alone") rulesDirectory = Path.Combine(rulesDirectory, "seed");
        if (which == "floor")
        {
            return FloorRules.Select((f, i) => RuleLoader.Parse(
                $"id: floor-{i}\nquery: {f.Table} | where {f.Column} has 'anydesk' | count\n", $"floor-{i}.yaml").Rules.Single()).ToList();
        }
        var loaded = RuleLoader.LoadDirectory(rulesDirectory);
        if (loaded.Errors.Any(e => e.IsError)) throw new InvalidOperationException(string.Join("\n", loaded.Errors));
        return which is "servereye" or "servereye-alone" ? loaded.Rules.Where(r => r.Id == SeedRuleId).ToList() : loaded.Rules.ToList();
    }

    /// <param name="sketches">The folder of the scan sketches an earlier run kept, as the command keeps them in its cache folder.</param>
    public static HuntResult Hunt(IReadOnlyList<HuntingRule> rules, IReadOnlyList<string> files, DateTime now, string sketches)
    {
        var inputs = InputCatalog.Open(files.Select(InputSpec.Parse), DataFormats.All, DataSchemas.BuiltIn);
        var hunt = new HuntRunner(inputs, inputs).Run(rules, null, new HuntOptions(now) { Sketches = SketchCache.Open(sketches, inputs) });
        if (hunt.AnyFailed) throw new InvalidOperationException(string.Join("\n", hunt.Rules.Where(r => r.Status == RuleStatus.Failed).Select(r => r.Message)));
        return hunt;
    }

    /// <summary>Result rows per rule id, as comparable text.</summary>
    public static Dictionary<string, List<string>> Rows(HuntResult hunt) =>
        hunt.Rules.Where(r => r.Result is not null).ToDictionary(r => r.Rule.Id,
            r => Groups.Rows(r.Result!.Rows().Select(row => row.Select(v => v is Kql.Values.DynArray a ? (object)a.ToList() : v).ToArray())));
}
