using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Json;

/// <summary>A column as a JSON response declares it: its name and the type name the service wrote.</summary>
internal sealed record DeclaredColumn(string Name, string? TypeName)
{
    /// <summary>
    /// The KQL type of a declared type name, whichever service wrote it: Kusto names (<c>datetime</c>,
    /// <c>long</c>, <c>real</c>...), .NET names from the Defender API and ADX v1 (<c>DateTime</c>,
    /// <c>Int64</c>, <c>SByte</c> for bool...). Unknown names read as string.
    /// </summary>
    public KqlType Type => (TypeName ?? "").Replace("System.", "", StringComparison.OrdinalIgnoreCase).ToLowerInvariant() switch
    {
        "bool" or "boolean" or "sbyte" => KqlType.Bool,
        "int" or "int32" or "int16" or "byte" => KqlType.Int,
        "long" or "int64" or "uint32" => KqlType.Long,
        "real" or "double" or "single" or "float" => KqlType.Real,
        "decimal" or "sqldecimal" => KqlType.Decimal,
        "datetime" or "date" => KqlType.DateTime,
        "timespan" or "time" => KqlType.TimeSpan,
        "guid" or "uniqueid" => KqlType.Guid,
        "dynamic" or "object" => KqlType.Dynamic,
        _ => KqlType.String,
    };
}
