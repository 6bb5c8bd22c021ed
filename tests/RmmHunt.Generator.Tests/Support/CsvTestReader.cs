using System.Text;

namespace RmmHunt.Generator.Tests.Support;

/// <summary>
/// A deliberately simple RFC 4180 reader for checking the generator's output independently of the writer
/// (and of RmmHunt.Data): quoted fields, doubled quotes, line breaks inside quotes, CRLF records.
/// </summary>
internal static class CsvTestReader
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) throw new InvalidDataException("last record lacks its CRLF");
        return records;
    }

    /// <summary>Records after the header, as dictionaries keyed by column name.</summary>
    public static List<Dictionary<string, string>> Rows(string text)
    {
        var records = Parse(text);
        var header = records[0];
        return records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
