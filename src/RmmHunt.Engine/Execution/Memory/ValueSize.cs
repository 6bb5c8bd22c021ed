using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Execution.Memory;

/// <summary>
/// Estimates of the managed memory values and batches take, for the memory budget: close enough to tell
/// 100 MB from 10 GB, cheap enough to run on every batch an operator keeps. Object headers and references
/// are counted as on 64-bit .NET; strings shared between rows are counted once per row (an overestimate).
/// </summary>
public static class ValueSize
{
    private const int ObjectHeader = 16, Reference = 8;

    /// <summary>A string: header, length, UTF-16 characters.</summary>
    public static long Of(string text) => 22 + 2L * text.Length;

    /// <summary>A boxed scalar, a string, or a dynamic array or bag with its contents.</summary>
    public static long Of(object? value, int depth = 0) => value switch
    {
        null => 0,
        string s => Of(s),
        DynArray array => ObjectHeader + 24 + array.Count * (long)Reference + (depth < 16 ? array.Sum(v => Of(v, depth + 1)) : 0),
        DynBag bag => ObjectHeader + 48 + bag.Count * 24L + (depth < 16 ? bag.Sum(e => Of(e.Key) + Of(e.Value, depth + 1)) : 0),
        decimal or Guid => ObjectHeader + 16,
        _ => ObjectHeader + 8,
    };

    /// <summary>The columns of a batch (those loaded).</summary>
    public static long Of(Batch batch)
    {
        long bytes = ObjectHeader + batch.Columns.Length * (long)Reference;
        foreach (var column in batch.Columns)
        {
            if (column is not null) bytes += Of(column);
        }
        return bytes;
    }

    public static long Of(Column column)
    {
        switch (column)
        {
            case StringColumn { IsDictionaryEncoded: true } strings:
                // Codes per row; the dictionary once (columns gathered from one batch share it).
                long dictionary = 0;
                foreach (string value in strings.Dictionary!) dictionary += Reference + Of(value);
                return 64 + 4L * column.Length + dictionary;
            case StringColumn strings:
                long flat = 64;
                for (int row = 0; row < column.Length; row++) flat += Reference + Of(strings[row]);
                return flat;
            case DynamicColumn dynamic:
                long values = 64;
                foreach (var value in dynamic.Values) values += Reference + Of(value);
                return values;
            default:
                // Fixed-size values (at most 16 bytes: decimal, guid) and a null bit each.
                return 64 + column.Length * (long)ElementSize(column) + column.Length / 8;
        }
    }

    private static int ElementSize(Column column) => column.Type switch
    {
        Kql.Symbols.KqlType.Bool => 1,
        Kql.Symbols.KqlType.Int => 4,
        Kql.Symbols.KqlType.Decimal or Kql.Symbols.KqlType.Guid => 16,
        _ => 8,
    };
}
