namespace RmmHunt.Kql.Symbols;

/// <summary>Where the binder finds the tables a query names (built-in schemas, or the tables of a run).</summary>
public interface ISchemaProvider
{
    TableSchema? FindTable(string name);

    /// <summary>Every table name known, for "did you mean" suggestions.</summary>
    IEnumerable<string> TableNames { get; }
}

/// <summary>A schema provider over a fixed set of tables.</summary>
public sealed class SchemaSet : ISchemaProvider
{
    private readonly Dictionary<string, TableSchema> _tables = new(StringComparer.Ordinal);

    public SchemaSet(IEnumerable<TableSchema> tables)
    {
        foreach (var table in tables) _tables[table.Name] = table;
    }

    public TableSchema? FindTable(string name) => _tables.GetValueOrDefault(name);

    public IEnumerable<string> TableNames => _tables.Keys;
}
