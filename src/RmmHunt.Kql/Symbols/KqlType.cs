namespace RmmHunt.Kql.Symbols;

/// <summary>The scalar types of KQL.</summary>
public enum KqlType
{
    /// <summary>The type of an expression that could not be typed; it never reaches execution.</summary>
    Unknown,
    Bool,
    Int,
    Long,
    Real,
    Decimal,
    DateTime,
    TimeSpan,
    Guid,
    String,
    Dynamic,
}

public static class KqlTypes
{
    private static readonly Dictionary<string, KqlType> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bool"] = KqlType.Bool, ["boolean"] = KqlType.Bool,
        ["int"] = KqlType.Int, ["int32"] = KqlType.Int,
        ["long"] = KqlType.Long, ["int64"] = KqlType.Long,
        ["real"] = KqlType.Real, ["double"] = KqlType.Real,
        ["decimal"] = KqlType.Decimal,
        ["datetime"] = KqlType.DateTime, ["date"] = KqlType.DateTime,
        ["timespan"] = KqlType.TimeSpan, ["time"] = KqlType.TimeSpan,
        ["guid"] = KqlType.Guid, ["uniqueid"] = KqlType.Guid,
        ["string"] = KqlType.String,
        ["dynamic"] = KqlType.Dynamic,
    };

    /// <summary>Parses a KQL type name (as written in <c>datatable</c>, <c>typeof()</c> or a schema file).</summary>
    public static bool TryParse(string name, out KqlType type) => ByName.TryGetValue(name.Trim(), out type);

    /// <summary>The canonical KQL name of a type, as Kusto prints it.</summary>
    public static string Name(this KqlType type) => type switch
    {
        KqlType.Bool => "bool",
        KqlType.Int => "int",
        KqlType.Long => "long",
        KqlType.Real => "real",
        KqlType.Decimal => "decimal",
        KqlType.DateTime => "datetime",
        KqlType.TimeSpan => "timespan",
        KqlType.Guid => "guid",
        KqlType.String => "string",
        KqlType.Dynamic => "dynamic",
        _ => "unknown",
    };

    public static bool IsNumeric(this KqlType type) => type is KqlType.Int or KqlType.Long or KqlType.Real or KqlType.Decimal;

    public static bool IsInteger(this KqlType type) => type is KqlType.Int or KqlType.Long;

    /// <summary>Types whose values are ordered (<c>&lt;</c>, <c>min</c>, <c>sort</c>).</summary>
    public static bool IsOrdered(this KqlType type) =>
        type.IsNumeric() || type is KqlType.DateTime or KqlType.TimeSpan or KqlType.String or KqlType.Bool or KqlType.Guid;

    /// <summary>
    /// The type two numeric operands are promoted to: int &lt; long &lt; decimal/real, as in Kusto.
    /// </summary>
    public static KqlType PromoteNumeric(KqlType a, KqlType b)
    {
        if (a == KqlType.Real || b == KqlType.Real) return KqlType.Real;
        if (a == KqlType.Decimal || b == KqlType.Decimal) return KqlType.Decimal;
        if (a == KqlType.Long || b == KqlType.Long) return KqlType.Long;
        return KqlType.Int;
    }
}
