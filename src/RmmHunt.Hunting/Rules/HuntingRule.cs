using RmmHunt.Kql.Text;

namespace RmmHunt.Hunting.Rules;

/// <summary>
/// A Microsoft Sentinel / Defender XDR hunting query or analytic rule as read from its YAML file.
/// Fields Sentinel allows as one value or a list (tactics, techniques, data types) are always lists
/// here. Keys this model does not name (queryFrequency, status, metadata...) are ignored.
/// </summary>
public sealed class HuntingRule
{
    public required string Id { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public IReadOnlyList<DataConnector> RequiredDataConnectors { get; init; } = [];
    public IReadOnlyList<string> Tactics { get; init; } = [];
    public IReadOnlyList<string> RelevantTechniques { get; init; } = [];

    /// <summary>The KQL text, exactly as YAML reads it (a <c>|</c> block keeps its line breaks and one final newline).</summary>
    public required string Query { get; init; }

    public IReadOnlyList<EntityMapping> EntityMappings { get; init; } = [];

    /// <summary>The <c>tags</c> entries (plain and keyed).</summary>
    public IReadOnlyList<RuleTag> Tags { get; init; } = [];

    /// <summary>The RMM tool the rule hunts for, when its tags or name say (see <see cref="RuleTool"/>).</summary>
    public string? Tool => RuleTool.Of(this);
    public string? Severity { get; init; }
    public string? Version { get; init; }
    public string? Kind { get; init; }

    /// <summary>The file the rule was read from (as given to the loader).</summary>
    public required string SourcePath { get; init; }

    /// <summary>The 1-based line of the file where the query's first line is.</summary>
    public int QueryLine { get; init; } = 1;

    /// <summary>The 1-based column of the file where the query's lines start (a block scalar is indented).</summary>
    public int QueryColumn { get; init; } = 1;

    /// <summary>The data types (tables) the rule's connectors name, without duplicates.</summary>
    public IEnumerable<string> DataTypes => RequiredDataConnectors.SelectMany(c => c.DataTypes).Distinct(StringComparer.Ordinal);

    /// <summary>The query positioned in its file, so KQL diagnostics read <c>rule.yaml:17:5: error ...</c>.</summary>
    public SourceText QuerySource() => new(Query, SourcePath, QueryLine, QueryColumn);

    public override string ToString() => $"{Id} {Name}";
}
