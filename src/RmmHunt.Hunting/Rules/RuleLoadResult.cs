namespace RmmHunt.Hunting.Rules;

/// <summary>The rules that loaded, and every problem found on the way (errors and warnings, in file order).</summary>
public sealed class RuleLoadResult(IReadOnlyList<HuntingRule> rules, IReadOnlyList<RuleLoadError> errors)
{
    public IReadOnlyList<HuntingRule> Rules { get; } = rules;

    /// <summary>Errors and warnings; an error means its file's rule is not in <see cref="Rules"/>.</summary>
    public IReadOnlyList<RuleLoadError> Errors { get; } = errors;

    /// <summary>Files whose YAML was parsed by this load.</summary>
    public int ParsedFiles { get; init; }

    /// <summary>Files whose parse was taken from the rule cache (<see cref="RuleLoadOptions.CacheDirectory"/>) instead.</summary>
    public int CachedFiles { get; init; }

    public bool HasErrors => Errors.Any(e => e.IsError);
}
