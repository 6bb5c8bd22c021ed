using RmmHunt.Data.Csv.Internals;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;
using Column = RmmHunt.Engine.Vectors.Column;

namespace RmmHunt.Data.Parquet;

/// <summary>A stored type that is not the table's: each value as text, parsed the way a CSV cell of the table's type is.</summary>
internal static class StoredTypeConversion
{
    /// <summary>The converted column; a value that does not convert becomes empty, its row is added to <paramref name="bad"/> and its rejection to <paramref name="rejections"/>.</summary>
    public static Column Convert(Column column, ColumnSymbol target, string location, long firstRecord, ref HashSet<int>? bad, List<RejectedRow> rejections)
    {
        var cells = CellColumn.Create(target.Type, column.Length);
        for (int row = 0; row < column.Length; row++)
        {
            object? value = column.GetValue(row);
            string text = value is null ? "" : ScalarFormat.ToText(value);
            if (text.Length == 0) cells.AddEmpty();
            else if (!cells.TryAdd(System.Text.Encoding.UTF8.GetBytes(text)))
            {
                cells.AddEmpty();
                (bad ??= []).Add(row);
                rejections.Add(new RejectedRow(location, 0, target.Name, $"\"{text}\" is not a {target.Type.Name()}", firstRecord + row + 1));
            }
        }
        return cells.Build();
    }
}
