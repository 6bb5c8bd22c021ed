using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>The to*() conversions; their unnamed columns take the name of their argument.</summary>
internal static class ConversionFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        To("tostring", StringT),
        To("tolong", LongT), To("toint", IntT), To("todouble", RealT), To("toreal", RealT), To("todecimal", DecimalT),
        To("tobool", BoolT), To("toboolean", BoolT), To("todatetime", DateTimeT), To("totimespan", TimeSpanT), To("totime", TimeSpanT),
        To("toguid", GuidT), To("todynamic", DynamicT), To("parse_json", DynamicT), To("parsejson", DynamicT), To("toobject", DynamicT),
    ];

    private static FunctionSymbol To(string name, KqlType type) =>
        Scalar(name, 1, 1, Signatures.Fixed(type, AnyT)) with { Naming = ResultNaming.FirstArgument };
}
