namespace RmmHunt.Hunting.Testing;

/// <summary>
/// The columns that turn a telemetry export into rule fixtures: each row names the rule and the case
/// it belongs to, and whether the rule, run over that case's rows alone, must report something.
/// </summary>
public static class FixtureColumnNames
{
    public const string Rule = "FixtureRule";
    public const string Case = "FixtureCase";
    public const string Expect = "FixtureExpect";
    public const string Match = "match";
    public const string NoMatch = "no-match";

    /// <summary>The folder name under a rules folder where fixture files are found.</summary>
    public const string Folder = "fixtures";
}
