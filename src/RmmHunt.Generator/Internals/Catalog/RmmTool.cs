using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Catalog;

/// <summary>Another remote-management product: its agent process and the cloud hosts it calls.</summary>
internal sealed record RmmTool(string Name, ProcessLaunch Agent, IReadOnlyList<Destination> Hosts);
