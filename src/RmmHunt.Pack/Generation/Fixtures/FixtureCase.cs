namespace RmmHunt.Pack.Generation.Fixtures;

/// <summary>
/// One fixture of one rule: a telemetry row of the rule's table and whether the rule, run over that
/// row alone, must report it. <see cref="Name"/> says what the row shows (<c>domain:anydesk.com</c>,
/// <c>browser</c>, <c>look-alike</c>).
/// </summary>
internal sealed record FixtureCase(string RuleId, string Table, string Name, bool Match, IReadOnlyDictionary<string, string> Row);
