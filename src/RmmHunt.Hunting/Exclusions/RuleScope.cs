using RmmHunt.Hunting.Rules;

namespace RmmHunt.Hunting.Exclusions;

/// <summary>What an exclusion's scope is checked against: a rule's id and the RMM tool it hunts for.</summary>
public readonly record struct RuleScope(string Id, string? Tool)
{
    public static RuleScope Of(HuntingRule rule) => new(rule.Id, rule.Tool);
}
