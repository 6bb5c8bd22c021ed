namespace RmmHunt.Generator.Synthetic;

/// <summary>
/// What a synthetic table is made with: the seed (same seed, same rows), how many rows, and the time
/// window the events fall in (ending at <see cref="End"/>, which a run pins as <c>now()</c>).
/// </summary>
public sealed record SyntheticOptions(long Seed, int Rows, DateTime End, TimeSpan Span)
{
    /// <summary>
    /// Values to use for columns of these names in about half of the rows (as text; numbers are parsed
    /// for number columns): typically the values a query filters by, so that some rows pass its filters.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Hints { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public static SyntheticOptions Default { get; } =
        new(Seed: 20241007, Rows: 200, End: new DateTime(2024, 10, 7, 0, 0, 0, DateTimeKind.Utc), Span: TimeSpan.FromDays(14));
}
