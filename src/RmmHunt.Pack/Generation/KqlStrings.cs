using System.Text;

namespace RmmHunt.Pack.Generation;

/// <summary>KQL string literals in the single-quoted style of the Sentinel RMM hunts, escaped so no value can end the string.</summary>
internal static class KqlStrings
{
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('\'');
        foreach (char c in value)
        {
            text.Append(c switch
            {
                '\'' => "\\'",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return text.Append('\'').ToString();
    }

    /// <summary>A parenthesised list, one item per line when it is long.</summary>
    public static string List(IReadOnlyList<string> values, string indent)
    {
        var quoted = values.Select(Quote).ToList();
        if (quoted.Count <= 3 && quoted.Sum(q => q.Length + 2) <= 80) return "(" + string.Join(", ", quoted) + ")";
        return "(\n" + string.Join(",\n", quoted.Select(q => indent + "    " + q)) + "\n" + indent + ")";
    }
}
