using System.Text;

namespace RmmHunt.Hunting.Csv;

/// <summary>
/// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF, a UTF-8 byte order mark) for
/// the small CSV files around a hunt: watchlists, group exports, catalogue lists. Telemetry goes
/// through the Data project's streaming reader instead.
/// </summary>
public static class SimpleCsv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\n' or '\r':
                    row.Add(field.ToString());
                    if (any || row.Count > 1) rows.Add(row.ToArray());
                    row.Clear(); field.Clear(); any = false;
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (any || row.Count > 0) { row.Add(field.ToString()); rows.Add(row.ToArray()); }
        return rows;
    }

    /// <summary>The rows after the header, as header name → value (names compared ignoring case; missing cells are empty).</summary>
    public static List<Dictionary<string, string>> Records(string text)
    {
        var rows = Parse(text);
        if (rows.Count == 0) return [];
        var header = rows[0].Select(h => h.Trim()).ToArray();
        return rows.Skip(1).Select(row =>
        {
            var record = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < header.Length; i++) record.TryAdd(header[i], i < row.Length ? row[i] : "");
            return record;
        }).ToList();
    }

    public static List<Dictionary<string, string>> ReadRecords(string path) => Records(File.ReadAllText(path, Encoding.UTF8));
}
