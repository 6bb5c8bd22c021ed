namespace RmmHunt.Generator.Internals.Model;

/// <summary>The security context a process runs in, as the InitiatingProcessAccount* and token columns show it.</summary>
internal sealed record Account(
    string Domain,
    string Name,
    string Sid,
    string? Upn,
    string? ObjectId,
    string IntegrityLevel,
    string TokenElevation,
    long SessionId)
{
    public static Account System { get; } =
        new("nt authority", "system", "S-1-5-18", null, null, "System", "TokenElevationTypeDefault", 0);

    public static Account LocalService { get; } =
        new("nt authority", "local service", "S-1-5-19", null, null, "System", "TokenElevationTypeDefault", 0);

    public static Account NetworkService { get; } =
        new("nt authority", "network service", "S-1-5-20", null, null, "System", "TokenElevationTypeDefault", 0);

    /// <summary>The same user in an elevated ("Run as administrator") token.</summary>
    public Account Elevated() => this with { IntegrityLevel = "High", TokenElevation = "TokenElevationTypeFull" };

    public Account InSession(long sessionId) => this with { SessionId = sessionId };
}
