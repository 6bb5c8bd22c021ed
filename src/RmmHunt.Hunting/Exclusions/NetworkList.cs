namespace RmmHunt.Hunting.Exclusions;

/// <summary>A named list of IPv4 ranges from an exclusion file's <c>networks:</c> section (<c>internal_subnet: [10.0.0.0/8, ...]</c>).</summary>
public sealed record NetworkList(string Name, IReadOnlyList<string> Ranges);
