using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Schemas;

/// <summary>
/// Parses one schema file: a header <c>column,type,variant</c>, then one column a line. Variant
/// <c>both</c> = in the Defender and the Sentinel table, <c>sentinel</c> = only in the Sentinel copy.
/// The files are ours and tiny, so a malformed one is a build defect and throws.
/// </summary>
public static class SchemaFile
{
    public static BuiltInTable Parse(string table, string text)
    {
        var defender = new List<ColumnSymbol>();
        var sentinel = new List<ColumnSymbol>();
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length == 0 || lines[0].Trim() != "column,type,variant")
            throw new FormatException($"schema {table}: the first line must be 'column,type,variant'");
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var parts = lines[i].Split(',');
            // "dynamic/string": the Sentinel type, then the advanced-hunting type where they differ.
            var types = parts.Length == 3 ? parts[1].Split('/') : [];
            KqlType huntingType = default;
            if (parts.Length != 3 || types.Length > 2 || !KqlTypes.TryParse(types[0], out var type)
                || (types.Length == 2 && !KqlTypes.TryParse(types[1], out huntingType)))
                throw new FormatException($"schema {table} line {i + 1}: expected 'column,type[/advanced-hunting type],variant', got '{lines[i]}'");
            var column = new ColumnSymbol(parts[0].Trim(), type) { AdvancedHuntingType = types.Length == 2 ? huntingType : null };
            switch (parts[2].Trim())
            {
                case "both": defender.Add(column); break;
                case "sentinel": sentinel.Add(column); break;
                default: throw new FormatException($"schema {table} line {i + 1}: unknown variant '{parts[2]}'");
            }
        }
        return new BuiltInTable(table, defender, sentinel);
    }
}
