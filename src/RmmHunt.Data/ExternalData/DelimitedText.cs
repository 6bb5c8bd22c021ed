using System.Text;

namespace RmmHunt.Data.ExternalData;

/// <summary>
/// RFC 4180 records of a small delimited file (quoted fields, doubled quotes, line breaks inside
/// quotes). externaldata lists are small, so clarity wins over the bulk CSV reader's speed here.
/// </summary>
internal static class DelimitedText
{
    public static IEnumerable<string[]> Records(string path, char delimiter)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            char ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else field.Append(ch);
                continue;
            }
            if (ch == '"' && field.Length == 0) quoted = true;
            else if (ch == delimiter) { fields.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return fields.ToArray();
                fields.Clear();
                any = false;
            }
            else field.Append(ch);
        }
        if (any)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            yield return fields.ToArray();
        }
    }
}
