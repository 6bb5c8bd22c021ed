using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>Random values, and functions whose data exists only in the cloud service.</summary>
internal static class SystemFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("new_guid", 0, 0, Signatures.Fixed(GuidT)) with { IsVolatile = true },
        Scalar("rand", 0, 1, Signatures.Overloads((RealT, []), (RealT, [LongT]))) with { IsVolatile = true, Naming = ResultNaming.FirstArgument },
        Scalar("ingestion_time", 0, 0, Signatures.Fixed(DateTimeT)) with
        {
            Naming = ResultNaming.PrefixOnly, NamePrefix = "$IngestionTime",
            CloudOnlyNote = "ingestion_time() is null offline: exported events carry no ingestion time",
        },
        Scalar("geo_info_from_ip_address", 1, 1, Signatures.Fixed(DynamicT, StringT)) with
        {
            CloudOnlyNote = "geo_info_from_ip_address() returns an empty bag offline: IP geolocation is a service of the cloud engine",
        },
    ];
}
