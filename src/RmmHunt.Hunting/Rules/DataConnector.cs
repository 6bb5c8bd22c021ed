namespace RmmHunt.Hunting.Rules;

/// <summary>A <c>requiredDataConnectors</c> entry: the connector and the tables (data types) it provides.</summary>
public sealed record DataConnector(string ConnectorId, IReadOnlyList<string> DataTypes)
{
    // Value equality over the list too, as a record of values should have.
    public bool Equals(DataConnector? other) =>
        other is not null && ConnectorId == other.ConnectorId && DataTypes.SequenceEqual(other.DataTypes);

    public override int GetHashCode() => HashCode.Combine(ConnectorId, DataTypes.Count);

    public override string ToString() => $"{ConnectorId}: {string.Join(", ", DataTypes)}";
}
