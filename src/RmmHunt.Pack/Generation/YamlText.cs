using System.Text.RegularExpressions;

namespace RmmHunt.Pack.Generation;

/// <summary>YAML scalars as the generator writes them: plain when that reads back unchanged, else single-quoted.</summary>
internal static partial class YamlText
{
    public static string Scalar(string value) =>
        PlainSafe().IsMatch(value) && !Reserved.Contains(value.ToLowerInvariant()) ? value : "'" + value.Replace("'", "''") + "'";

    /// <summary>A literal block (<c>|</c>) of text ending in one line break, indented by <paramref name="indent"/>.</summary>
    public static string Block(string text, string indent) =>
        "|\n" + string.Join("", text.TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? "\n" : indent + line + "\n"));

    private static readonly HashSet<string> Reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 ._()/,&+-]*[A-Za-z0-9.)]$|^[A-Za-z0-9]$")]
    private static partial Regex PlainSafe();
}
