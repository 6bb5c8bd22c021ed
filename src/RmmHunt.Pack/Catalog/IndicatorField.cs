namespace RmmHunt.Pack.Catalog;

/// <summary>The kinds of indicator a tool entry lists, by their name in the catalogue file.</summary>
public static class IndicatorField
{
    /// <summary>Domain terms for <c>RemoteUrl has</c> (a wildcard domain is kept as its suffix).</summary>
    public const string Domains = "domains";

    /// <summary>Executable file names (<c>=~</c>), or one <c>prefix*suffix</c> pattern.</summary>
    public const string ProcessNames = "processNames";

    /// <summary>The file name in the PE version resource, which survives renaming the file.</summary>
    public const string OriginalFileNames = "originalFileNames";

    /// <summary>Company names in the version resource, as the vendor signs its files.</summary>
    public const string Companies = "companies";

    /// <summary>Product names in the version resource.</summary>
    public const string Products = "products";

    /// <summary>Code-signing certificate subject names.</summary>
    public const string Signers = "signers";

    public static IReadOnlyList<string> All { get; } = [Domains, ProcessNames, OriginalFileNames, Companies, Products, Signers];
}
