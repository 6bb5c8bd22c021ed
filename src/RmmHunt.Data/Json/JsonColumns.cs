using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Json;

/// <summary>Types a JSON input's columns: the table's built-in type where it knows the column, else the declared or inferred one.</summary>
internal static class JsonColumns
{
    public static IReadOnlyList<ColumnSymbol> Typed(TableSchema? table, IEnumerable<(string Name, KqlType Type)> columns)
    {
        var result = new List<ColumnSymbol>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, type) in columns)
        {
            if (seen.Add(name)) result.Add(table?.Find(name) ?? new ColumnSymbol(name, type));
        }
        return result;
    }
}
