using System.Text;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Values;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Data.ExternalData;

/// <summary>
/// Reads an externaldata copy in the declared format: delimited text (csv and its kin, by position),
/// txt (each line one record of one column), raw (the whole file one value), json/multijson (objects
/// matched by column name). A value that does not convert to its column's type becomes null, and the
/// run says how many did.
/// </summary>
internal static class ExternalDataReader
{
    private const int BatchSize = 4096;

    public static IEnumerable<Batch> Read(string path, BoundExternalData data, RunContext context)
    {
        var records = data.Format switch
        {
            "txt" => File.ReadLines(path, Encoding.UTF8).Select(line => new[] { line }),
            "raw" => [[File.ReadAllText(path, Encoding.UTF8)]],
            "json" or "multijson" => JsonRecords(path, data.Schema),
            _ => DelimitedText.Records(path, Delimiter(data.Format)),
        };
        if (data.IgnoreFirstRecord) records = records.Skip(1);
        int failed = 0;
        var builders = data.Schema.Columns.Select(c => ColumnBuilder.Create(c.Type, BatchSize)).ToArray();
        foreach (var record in records)
        {
            for (int c = 0; c < builders.Length; c++)
            {
                string? text = c < record.Length ? record[c] : null;
                var type = data.Schema.Columns[c].Type;
                object? value = text is null ? null : type == KqlType.String ? text : text.Length == 0 ? null : KqlConvert.To(type, text);
                if (value is null && !string.IsNullOrEmpty(text) && type != KqlType.String) failed++;
                builders[c].Add(value);
            }
            if (builders[0].Count == BatchSize)
            {
                yield return Flush(builders, data.Schema);
                builders = data.Schema.Columns.Select(c => ColumnBuilder.Create(c.Type, BatchSize)).ToArray();
            }
        }
        if (builders.Length > 0 && builders[0].Count > 0) yield return Flush(builders, data.Schema);
        if (failed > 0) context.Warn($"externaldata {path}: {failed} value(s) did not convert to their column's type and are null");
    }

    private static Batch Flush(ColumnBuilder[] builders, TableSchema schema) =>
        new(builders.Select(b => (Column?)b.Build()).ToArray(), builders[0].Count);

    private static char Delimiter(string format) => format switch
    {
        "tsv" or "tsve" => '\t',
        "psv" => '|',
        "scsv" => ';',
        "sohsv" => '\u0001',
        _ => ',',
    };

    /// <summary>JSON objects (one per line, or an array), their properties matched to columns by name.</summary>
    private static IEnumerable<string?[]> JsonRecords(string path, TableSchema schema)
    {
        string text = File.ReadAllText(path, Encoding.UTF8).Trim();
        IEnumerable<object?> values = DynJson.TryParse(text, out var whole) && whole is DynArray array
            ? array
            : text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => DynJson.TryParse(l.Trim(), out var v) ? v : null);
        foreach (var value in values)
        {
            if (value is not DynBag bag) continue;
            yield return schema.Columns.Select(c => bag.TryGetValue(c.Name, out var v) && v is not null
                ? (v is string s ? s : ScalarFormat.ToText(v)) : null).ToArray();
        }
    }
}
