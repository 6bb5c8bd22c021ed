namespace RmmHunt.Hunting.Exclusions;

/// <summary>How an exclusion was written.</summary>
public enum ExclusionForm
{
    /// <summary><c>filter:</c> in the seed's field syntax (<c>process.name:"x" or ...</c>).</summary>
    Filter,

    /// <summary><c>kql:</c>, a KQL predicate over the table's columns (<c>RemotePort == 514</c>).</summary>
    Kql,

    /// <summary>A sanctioned-tools policy entry: the tool's activity on the devices it is sanctioned on.</summary>
    Sanctioned,
}
