namespace RmmHunt.Kql.Symbols;

/// <summary>
/// The ordered columns of a table or of a tabular expression's result. Column names are unique and
/// case-sensitive, as in Kusto.
/// </summary>
public sealed class TableSchema
{
    private readonly Dictionary<string, int> _ordinals;

    public TableSchema(string name, IEnumerable<ColumnSymbol> columns)
    {
        Name = name;
        Columns = columns.ToArray();
        _ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Columns.Count; i++)
        {
            _ordinals.TryAdd(Columns[i].Name, i);
        }
    }

    /// <summary>The table's name, or an empty string for an intermediate result.</summary>
    public string Name { get; }
    public IReadOnlyList<ColumnSymbol> Columns { get; }
    public int Count => Columns.Count;

    public int IndexOf(string name) => _ordinals.TryGetValue(name, out int i) ? i : -1;

    public ColumnSymbol? Find(string name) => _ordinals.TryGetValue(name, out int i) ? Columns[i] : null;

    public bool Contains(string name) => _ordinals.ContainsKey(name);

    public TableSchema WithName(string name) => new(name, Columns);

    public override string ToString() => $"{Name}({string.Join(", ", Columns)})";
}
