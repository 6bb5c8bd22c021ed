namespace RmmHunt.Kql.Symbols;

/// <summary>
/// Sentinel watchlists (<c>_GetWatchlist('name')</c>) are tables of the run under a reserved name, so
/// schema providers and table providers serve them like any other table.
/// </summary>
public static class Watchlists
{
    public const string Function = "_GetWatchlist";

    public static string TableName(string watchlist) => $"{Function}('{watchlist}')";
}
