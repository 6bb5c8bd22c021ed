using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>Functions that parse text into parts: URLs, paths, command lines, JSON paths.</summary>
internal static class ParsingFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("parse_url", DynamicT, StringT),
        Scalar("parseurl", DynamicT, StringT),
        Scalar("parse_urlquery", DynamicT, StringT),
        Scalar("parseurlquery", DynamicT, StringT),
        Scalar("parse_path", DynamicT, StringT),
        Scalar("parse_xml", DynamicT, StringT).NamedAsArgument(),
        Scalar("parse_command_line", DynamicT, StringT, StringT).WithConstants(1),
        Scalar("extract_json", 2, 3, Signatures.Overloads((StringT, [StringT, StringT, StringT]))).WithConstants(0) with { TypeArgument = 2 },
        Scalar("extractjson", 2, 3, Signatures.Overloads((StringT, [StringT, StringT, StringT]))).WithConstants(0) with { TypeArgument = 2 },
    ];
}
