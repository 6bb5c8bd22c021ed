namespace RmmHunt.Hunting.Rules;

/// <summary>
/// A <c>tags</c> entry of a rule: a plain tag (<c>- RMM</c>) has no key; a keyed one
/// (<c>- RmmTool: AnyDesk</c>, the form Azure-Sentinel content uses for <c>Schema: ASimDns</c>) has both.
/// </summary>
public sealed record RuleTag(string? Key, string Value)
{
    public override string ToString() => Key is null ? Value : $"{Key}: {Value}";
}
