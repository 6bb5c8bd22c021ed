namespace RmmHunt.Hunting.Rules;

/// <summary>An <c>entityMappings</c> entry: which result columns identify an entity (Account, Host, IP...).</summary>
public sealed record EntityMapping(string EntityType, IReadOnlyList<FieldMapping> FieldMappings)
{
    // Value equality over the list too, as a record of values should have.
    public bool Equals(EntityMapping? other) =>
        other is not null && EntityType == other.EntityType && FieldMappings.SequenceEqual(other.FieldMappings);

    public override int GetHashCode() => HashCode.Combine(EntityType, FieldMappings.Count);
}

/// <summary>One identifier of an entity (Name, HostName, Address...) and the result column holding it.</summary>
public sealed record FieldMapping(string Identifier, string ColumnName);
