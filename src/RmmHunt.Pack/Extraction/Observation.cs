namespace RmmHunt.Pack.Extraction;

/// <summary>
/// A value one source gives for one indicator field, as written there. <see cref="Source"/> is
/// <c>catalogue:path</c>; <see cref="Authoritative"/> marks values taken from a finished hunt
/// (the RemoteManagementMonitoringTools queries and lists), which need no corroboration.
/// </summary>
internal sealed record Observation(string Field, string Value, string Source, bool Authoritative);

/// <summary>A condition of a source query the catalogue does not model, kept so the drop is visible.</summary>
internal sealed record UnmodelledCondition(string Column, string Operator, string Value, string Source);
