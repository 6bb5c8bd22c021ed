namespace RmmHunt.Pack.Catalog;

/// <summary>
/// One thing to hunt on (a domain term, a process name, a signer...) and where it comes from. A source
/// reads <c>catalogue:path</c>, with the spelling the source used in parentheses when it differs
/// (<c>lolrmm:yaml/anydesk.yaml (*.anydesk.com)</c>), so every value can be traced back.
/// </summary>
public sealed record Indicator(string Value, IReadOnlyList<string> Sources)
{
    public bool Equals(Indicator? other) => other is not null && Value == other.Value && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => HashCode.Combine(Value, Sources.Count);
}

/// <summary>A value a source gives that the pack does not hunt on, and why (so nothing is dropped silently).</summary>
public sealed record RejectedIndicator(string Field, string Value, string Reason, IReadOnlyList<string> Sources)
{
    public bool Equals(RejectedIndicator? other) =>
        other is not null && Field == other.Field && Value == other.Value && Reason == other.Reason && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => HashCode.Combine(Field, Value, Reason);
}
