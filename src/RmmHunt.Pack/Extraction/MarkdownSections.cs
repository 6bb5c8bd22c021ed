namespace RmmHunt.Pack.Extraction;

/// <summary>
/// The parts of the RemoteManagementMonitoringTools markdown files the extraction reads: the bullets
/// under each <c>### heading</c> of a summary, and the fenced code blocks of a hunting-query page.
/// </summary>
internal static class MarkdownSections
{
    /// <summary>Heading text → its non-empty bullet texts, in file order.</summary>
    public static Dictionary<string, List<string>> Bullets(string markdown)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        foreach (var raw in Lines(markdown))
        {
            string line = raw.Trim();
            if (line.StartsWith('#'))
            {
                current = [];
                sections[line.TrimStart('#').Trim()] = current;
            }
            else if (current is not null && line.StartsWith('-') && line.Length > 1 && line[1..].Trim().Length > 0)
            {
                current.Add(line[1..].Trim());
            }
        }
        return sections;
    }

    /// <summary>Each fenced code block with the heading it follows.</summary>
    public static List<(string Heading, string Code)> CodeBlocks(string markdown)
    {
        var blocks = new List<(string, string)>();
        string heading = "";
        List<string>? code = null;
        foreach (var line in Lines(markdown))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                if (code is null) code = [];
                else
                {
                    blocks.Add((heading, string.Join('\n', code)));
                    code = null;
                }
            }
            else if (code is not null) code.Add(line);
            else if (line.StartsWith('#')) heading = line.TrimStart('#').Trim();
        }
        return blocks;
    }

    private static IEnumerable<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n');
}
