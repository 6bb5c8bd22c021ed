namespace RmmHunt.Generator.Internals.Model;

/// <summary>A remote endpoint a process talks to: host name (null when Defender saw only an address), port, protocol, addresses.</summary>
internal sealed record Destination(string? Url, int Port, string Protocol, IReadOnlyList<string> Addresses);
