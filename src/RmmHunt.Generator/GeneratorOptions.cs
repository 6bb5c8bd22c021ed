using System.Text.Json.Serialization;

namespace RmmHunt.Generator;

/// <summary>Everything that determines a generated file: same options, same bytes.</summary>
public sealed record GeneratorOptions
{
    public long Rows { get; init; } = 100_000;
    public long Seed { get; init; } = 1;
    public DateTime WindowStart { get; init; } = new(2024, 9, 30, 0, 0, 0, DateTimeKind.Utc);
    public DateTime WindowEnd { get; init; } = new(2024, 10, 7, 0, 0, 0, DateTimeKind.Utc);
    public int Devices { get; init; } = 50;

    /// <summary>The instant the truth takes for the rule's <c>now()</c>; the window end when not given.</summary>
    public DateTime? Now { get; init; }

    public RowMix Mix { get; init; } = RowMix.Default;

    [JsonIgnore]
    public DateTime RuleNow => Now ?? WindowEnd;

    internal void Validate()
    {
        if (Rows < 0) throw new ArgumentOutOfRangeException(nameof(Rows), "row count must not be negative");
        if (Devices < 1) throw new ArgumentOutOfRangeException(nameof(Devices), "at least one device is needed");
        if (WindowStart.Kind != DateTimeKind.Utc || WindowEnd.Kind != DateTimeKind.Utc || Now is { Kind: not DateTimeKind.Utc })
            throw new ArgumentException("times must be UTC (DateTimeKind.Utc)");
        if (WindowEnd <= WindowStart) throw new ArgumentException("the window must end after it starts");
        Mix.Validate();
    }
}
