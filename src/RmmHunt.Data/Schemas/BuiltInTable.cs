using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Schemas;

/// <summary>
/// One built-in table: its full schema (the Defender columns in documentation order, then the columns
/// only the Sentinel copy has) and the column order a Defender portal export writes.
/// </summary>
public sealed class BuiltInTable
{
    private readonly HashSet<string> _sentinelOnly;

    public BuiltInTable(string name, IReadOnlyList<ColumnSymbol> defenderColumns, IReadOnlyList<ColumnSymbol> sentinelOnlyColumns)
    {
        Name = name;
        DefenderColumns = defenderColumns;
        SentinelOnlyColumns = sentinelOnlyColumns;
        Schema = new TableSchema(name, defenderColumns.Concat(sentinelOnlyColumns));
        _sentinelOnly = sentinelOnlyColumns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
    }

    public string Name { get; }

    /// <summary>Every column, typed: what a query against this table binds to.</summary>
    public TableSchema Schema { get; }

    /// <summary>The columns of the Defender table, in the order the portal exports them.</summary>
    public IReadOnlyList<ColumnSymbol> DefenderColumns { get; }

    /// <summary>Columns only the Sentinel (Log Analytics) copy of the table has: TenantId, TimeGenerated...</summary>
    public IReadOnlyList<ColumnSymbol> SentinelOnlyColumns { get; }

    public bool IsSentinelOnly(string column) => _sentinelOnly.Contains(column);

    public override string ToString() => Name;
}
