using RmmHunt.Data.Schemas;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data;

/// <summary>The built-in table schemas (Defender XDR tables and their Sentinel columns).</summary>
public static class DataSchemas
{
    public static ISchemaProvider BuiltIn => BuiltInSchemas.Instance;
}
