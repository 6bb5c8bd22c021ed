using System.Text.RegularExpressions;

namespace RmmHunt.Hunting.Rules;

/// <summary>
/// Repairs the one known upstream mis-indentation. Every YAML rule of jischell-msft/RemoteManagementMonitoringTools
/// (168 files, the source the Sentinel RMM hunting queries were generated from) writes
/// <code>
/// requiredDataConnectors:
///     - connectorId: MicrosoftThreatProtection
///     dataTypes:
///         - DeviceNetworkEvents
/// </code>
/// with <c>dataTypes</c> at the dash's column instead of <c>connectorId</c>'s, which strict YAML rejects.
/// The intent is unambiguous, so the loader re-reads such a file with <c>dataTypes</c> (and the lines
/// under it) moved right to <c>connectorId</c>'s column and reports a warning for each line moved.
/// It is tried only after strict parsing failed, and only this exact shape is touched: lines are
/// never added or removed, so every other position in the file, the query's included, stays exact.
/// </summary>
internal static partial class DataTypesIndentationRepair
{
    /// <summary>A moved <c>dataTypes</c> line: its 1-based line, original column and new column.</summary>
    public sealed record Fix(int Line, int Column, int NewColumn);

    [GeneratedRegex(@"^requiredDataConnectors[ \t]*:[ \t]*(#.*)?$")]
    private static partial Regex ConnectorsKey();

    [GeneratedRegex(@"^( *)- ( *)connectorId[ \t]*:")]
    private static partial Regex ConnectorEntry();

    [GeneratedRegex(@"^( *)dataTypes[ \t]*:[ \t]*(\S.*)?$")]
    private static partial Regex DataTypesKey();

    public static (string Text, IReadOnlyList<Fix> Fixes) Repair(string text)
    {
        var lines = SplitKeepingBreaks(text);
        var fixes = new List<Fix>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (ConnectorsKey().IsMatch(Content(lines[i]))) i = RepairBlock(lines, i + 1, fixes) - 1;
        }
        return (fixes.Count == 0 ? text : string.Concat(lines), fixes);
    }

    /// <summary>Repairs the connector list starting at <paramref name="start"/>; returns the line after it.</summary>
    private static int RepairBlock(List<string> lines, int start, List<Fix> fixes)
    {
        int dashIndent = -1, keyColumn = -1;
        int i = start;
        for (; i < lines.Count; i++)
        {
            string line = Content(lines[i]);
            if (line.Trim().Length == 0) continue;
            if (Indent(line) == 0) break;
            if (ConnectorEntry().Match(line) is { Success: true } entry)
            {
                dashIndent = entry.Groups[1].Length;
                keyColumn = dashIndent + 2 + entry.Groups[2].Length;
                continue;
            }
            if (dashIndent < 0 || DataTypesKey().Match(line) is not { Success: true } key || key.Groups[1].Length != dashIndent) continue;
            int end = ChildrenEnd(lines, i + 1, dashIndent);
            // "dataTypes:" with nothing on its line and no deeper lines would have its items at the dash's
            // indentation, which is a different shape; leave that to the parser's error.
            if (!key.Groups[2].Success && end == i + 1) continue;
            var pad = new string(' ', keyColumn - dashIndent);
            for (int k = i; k < end; k++)
            {
                if (Content(lines[k]).Trim().Length > 0) lines[k] = pad + lines[k];
            }
            fixes.Add(new Fix(i + 1, dashIndent + 1, keyColumn + 1));
            i = end - 1;
        }
        return i;
    }

    /// <summary>The line after the blank or deeper-indented lines that follow <paramref name="start"/> - 1.</summary>
    private static int ChildrenEnd(List<string> lines, int start, int indent)
    {
        int end = start;
        for (int k = start; k < lines.Count; k++)
        {
            string line = Content(lines[k]);
            if (line.Trim().Length == 0) continue;
            if (Indent(line) <= indent) break;
            end = k + 1;
        }
        return end;
    }

    private static int Indent(string line)
    {
        int n = 0;
        while (n < line.Length && line[n] == ' ') n++;
        return n;
    }

    private static string Content(string line) => line.TrimEnd('\n').TrimEnd('\r');

    private static List<string> SplitKeepingBreaks(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }
}
