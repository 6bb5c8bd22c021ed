namespace RmmHunt.Pack.Extraction;

/// <summary>Name and word handling shared by the readers: comparison keys, slugs and the words of a value.</summary>
public static class Names
{
    /// <summary>Letters and digits only, lower case: "Server-Eye" and "servereye" compare equal.</summary>
    public static string Normalize(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>A file-name-safe id: lower-case letters and digits, other runs become one '-'.</summary>
    public static string Slug(string name)
    {
        var chars = new List<char>();
        foreach (char c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) chars.Add(c);
            else if (chars.Count > 0 && chars[^1] != '-') chars.Add('-');
        }
        return new string(chars.ToArray()).Trim('-');
    }

    /// <summary>The maximal runs of letters and digits, lower case (KQL's terms).</summary>
    public static IEnumerable<string> Words(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i > start) yield return text[start..i].ToLowerInvariant();
        }
    }
}
