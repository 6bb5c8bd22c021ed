using RmmHunt.Hunting.Yaml;

namespace RmmHunt.Hunting.Rules;

/// <summary>How strictly rule files are read.</summary>
public sealed record RuleLoadOptions
{
    public static RuleLoadOptions Default { get; } = new();

    public YamlLimits Limits { get; init; } = YamlLimits.Default;

    /// <summary>
    /// Re-read a file that strict YAML rejects because of the known jischell-msft <c>dataTypes</c>
    /// mis-indentation, with a warning (see <see cref="DataTypesIndentationRepair"/>). Off: such files are errors.
    /// </summary>
    public bool RepairDataTypesIndentation { get; init; } = true;
}
