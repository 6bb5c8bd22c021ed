namespace RmmHunt.Fuzzing.Readers;

/// <summary>What reading one fuzz case gave: totals over its sources, the input error that stopped it, and every violated expectation.</summary>
public sealed class ReadOutcome(ReadCase @case, byte[] bytes)
{
    public ReadCase Case { get; } = @case;

    /// <summary>The damaged file, to save beside a failure for replay.</summary>
    public byte[] Bytes { get; } = bytes;

    public List<string> Violations { get; } = [];

    /// <summary>The error that stopped reading the file as a whole (allowed: it names the file), or null.</summary>
    public string? InputError { get; set; }

    public long Read { get; private set; }
    public long Rejected { get; private set; }

    public bool Passed => Violations.Count == 0;

    internal void Add(ScanCount scan)
    {
        Read += scan.Statistics.Read;
        Rejected += scan.Statistics.RejectedCount;
        if (scan.Error is not null) InputError ??= scan.Error.Message;
    }

    public override string ToString() => $"{Case}\n  " + string.Join("\n  ", Violations);
}
