namespace RmmHunt.Kql.Symbols;

/// <summary>A named, typed column of a table or of an operator's result.</summary>
public sealed record ColumnSymbol(string Name, KqlType Type)
{
    public override string ToString() => $"{Name}:{Type.Name()}";
}
