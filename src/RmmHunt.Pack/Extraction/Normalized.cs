namespace RmmHunt.Pack.Extraction;

/// <summary>A source value made ready to hunt on, or the reason it cannot be.</summary>
internal readonly record struct Normalized(string? Value, string? Reason)
{
    public static Normalized Accept(string value) => new(value, null);

    public static Normalized Reject(string reason) => new(null, reason);
}
