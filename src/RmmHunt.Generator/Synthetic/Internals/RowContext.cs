using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Synthetic.Internals;

/// <summary>
/// What one synthetic row is about: an event time, a device, an acting and a target account, an
/// initiating process with its parent, a created or touched program, and a remote endpoint. Every
/// column of the row is derived from these, so the row is consistent.
/// </summary>
internal sealed class RowContext
{
    public required string Table { get; init; }
    public required int Index { get; init; }
    public required DeterministicRandom Random { get; init; }
    public required DateTime Time { get; init; }
    public required FleetDevice Device { get; init; }
    public required FleetAccount Account { get; init; }
    public required FleetAccount TargetAccount { get; init; }
    public required Image Initiating { get; init; }
    public required Image Parent { get; init; }
    public required Image Target { get; init; }
    public required (string Ip, string Url, int Port, string Type) Remote { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Hints { get; init; }

    public static RowContext Create(string table, int index, DeterministicRandom random, SyntheticOptions options)
    {
        // Squaring the uniform draw puts more events near the end of the window, where 'ago(1d)' looks.
        double back = Math.Pow(random.NextDouble(), 2);
        var time = options.End - TimeSpan.FromTicks((long)(back * options.Span.Ticks));
        return new RowContext
        {
            Table = table,
            Index = index,
            Random = random,
            Time = new DateTime(time.Ticks - time.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc),
            Device = random.Pick(Vocabulary.Devices),
            Account = random.Pick(Vocabulary.Accounts),
            TargetAccount = random.Pick(Vocabulary.Accounts),
            Initiating = random.Pick(Vocabulary.Images),
            Parent = random.Pick(Vocabulary.Images),
            Target = random.Pick(Vocabulary.Images),
            Remote = random.Pick(Vocabulary.Remotes),
            Hints = options.Hints,
        };
    }
}
