using System.Text;

namespace RmmHunt.Testing;

/// <summary>A small RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF) for the CSV files under the reference folder.</summary>
internal static class CsvText
{
    public static List<string[]> Read(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue; // CRLF inside a cell is one line break
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    row.Add(field.ToString());
                    rows.Add(row.ToArray());
                    row.Clear(); field.Clear(); any = false;
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (any || row.Count > 0) { row.Add(field.ToString()); rows.Add(row.ToArray()); }
        return rows;
    }
}
