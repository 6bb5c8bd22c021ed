namespace RmmHunt.Hunting.Inputs;

/// <summary>
/// A <c>--watchlist NAME=FILE[:KEYCOLUMN]</c> argument: a CSV file that queries read as
/// <c>_GetWatchlist('NAME')</c>. KEYCOLUMN names the column copied into <c>SearchKey</c>, as a Sentinel
/// watchlist's search key is; by default the first column.
/// </summary>
public sealed record WatchlistSpec(string Name, string Path, string? KeyColumn)
{
    public static WatchlistSpec Parse(string text)
    {
        int equals = text.IndexOf('=');
        if (equals <= 0 || equals == text.Length - 1)
            throw new FormatException($"'{text}' is not NAME=FILE (for example sanctioned-devices=devices.csv)");
        string name = text[..equals].Trim(), rest = text[(equals + 1)..];
        // A drive letter's colon is part of the path, not a key column.
        int colon = rest.LastIndexOf(':');
        bool hasKey = colon > 1 && !File.Exists(rest) && !rest[(colon + 1)..].Contains('/') && !rest[(colon + 1)..].Contains('\\');
        return hasKey ? new WatchlistSpec(name, rest[..colon], rest[(colon + 1)..]) : new WatchlistSpec(name, rest, null);
    }
}
