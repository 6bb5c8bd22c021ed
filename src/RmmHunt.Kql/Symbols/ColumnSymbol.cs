namespace RmmHunt.Kql.Symbols;

/// <summary>A named, typed column of a table or of an operator's result.</summary>
public sealed record ColumnSymbol(string Name, KqlType Type)
{
    /// <summary>
    /// The column's type in the Defender advanced-hunting copy of its table where that differs from
    /// <see cref="Type"/> (the Sentinel type): <c>DeviceEvents.AdditionalFields</c> is a string there and
    /// dynamic in Sentinel. Null where both copies agree.
    /// </summary>
    public KqlType? AdvancedHuntingType { get; init; }

    public override string ToString() => $"{Name}:{Type.Name()}";
}
