using System.Reflection;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Schemas;

/// <summary>
/// The Defender/Sentinel tables RmmHunt knows, loaded from the schema files embedded in this assembly
/// (<c>Schemas/&lt;Table&gt;.csv</c>: <c>column,type,variant</c>). Schemas are data so that adding a table
/// or a column is an edit of a CSV file, not of code.
/// </summary>
public sealed class BuiltInSchemas : ISchemaProvider
{
    private const string ResourcePrefix = "RmmHunt.Data.Schemas.";

    private static readonly Lazy<BuiltInSchemas> Shared = new(Load);

    private readonly Dictionary<string, BuiltInTable> _tables;

    public BuiltInSchemas(IEnumerable<BuiltInTable> tables) =>
        _tables = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The tables embedded in this assembly (loaded once).</summary>
    public static BuiltInSchemas Instance => Shared.Value;

    /// <summary>Table names are case-sensitive, as in Kusto.</summary>
    public TableSchema? FindTable(string name) => _tables.GetValueOrDefault(name)?.Schema;

    public BuiltInTable? Find(string name) => _tables.GetValueOrDefault(name);

    public IEnumerable<string> TableNames => _tables.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<BuiltInTable> Tables => TableNames.Select(n => _tables[n]);

    /// <summary>The column names a Defender portal export of <paramref name="table"/> has, in order; null for an unknown table.</summary>
    public IReadOnlyList<string>? DefenderExportOrder(string table) =>
        _tables.GetValueOrDefault(table)?.DefenderColumns.Select(c => c.Name).ToArray();

    private static BuiltInSchemas Load()
    {
        var assembly = typeof(BuiltInSchemas).Assembly;
        var tables = new List<BuiltInTable>();
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".csv", StringComparison.Ordinal)) continue;
            string name = resource[ResourcePrefix.Length..^".csv".Length];
            tables.Add(SchemaFile.Parse(name, ReadResource(assembly, resource)));
        }
        return new BuiltInSchemas(tables);
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
