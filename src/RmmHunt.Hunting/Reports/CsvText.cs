using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Values;

namespace RmmHunt.Hunting.Reports;

/// <summary>
/// Query results as RFC 4180 CSV: a header row; datetimes ISO 8601 UTC with seven fractional digits
/// and Z; timespans as <c>[d.]hh:mm:ss[.fffffff]</c>; dynamic values as compact JSON; null as an empty field.
/// </summary>
public static class CsvText
{
    public static void Write(TextWriter writer, ResultTable table)
    {
        WriteRow(writer, table.Schema.Columns.Select(c => c.Name));
        foreach (var row in table.Rows()) WriteRow(writer, row.Select(ScalarFormat.ToText));
    }

    public static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        bool first = true;
        foreach (var field in fields)
        {
            if (!first) writer.Write(',');
            first = false;
            writer.Write(Quote(field));
        }
        writer.Write("\r\n");
    }

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
