namespace RmmHunt.Data.Inputs;

/// <summary>
/// One <c>--data [TABLE=]PATH</c> argument. PATH may be a file, a directory (read recursively) or a
/// glob pattern in its last segments (<c>exports/*.csv</c>, <c>exports/**/*.json.gz</c>).
/// </summary>
public sealed record InputSpec(string? Table, string Path)
{
    /// <summary>Parses <c>TABLE=PATH</c> or <c>PATH</c>. The table part must be a plain identifier (so <c>C:\x=y</c> stays a path).</summary>
    public static InputSpec Parse(string text)
    {
        int equals = text.IndexOf('=');
        if (equals > 0)
        {
            string table = text[..equals];
            if (table.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) return new InputSpec(table, text[(equals + 1)..]);
        }
        return new InputSpec(null, text);
    }

    public override string ToString() => Table is null ? Path : $"{Table}={Path}";
}
