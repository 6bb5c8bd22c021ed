namespace RmmHunt.Hunting;

/// <summary>Stable codes for problems in rule and exclusion files, so tests and users can tell them apart.</summary>
public static class HuntingCodes
{
    public const string YamlSyntax = "YAML001";
    public const string YamlLimit = "YAML002";
    public const string YamlAlias = "YAML003";
    public const string YamlDuplicateKey = "YAML004";
    public const string YamlDocument = "YAML005";
    public const string FileUnreadable = "YAML006";

    public const string RuleMissingField = "RULE001";
    public const string RuleFieldShape = "RULE002";
    public const string RuleRepairedIndentation = "RULE003";
    public const string RuleDuplicateId = "RULE004";
    public const string RuleNotAHuntingQuery = "RULE005";

    public const string FilterSyntax = "EXCL001";
    public const string FilterUnknownField = "EXCL002";
    public const string FilterInvalidValue = "EXCL003";
    public const string ExclusionMissingField = "EXCL004";
    public const string ExclusionFieldShape = "EXCL005";
    public const string ExclusionDuplicateId = "EXCL006";
    public const string ExclusionNotApplicable = "EXCL007";
    public const string ExclusionUnknownKey = "EXCL008";
    public const string ExclusionInvalidNetwork = "EXCL009";
    public const string ExclusionBindFailed = "EXCL010";
    public const string ExclusionUnknownRule = "EXCL011";
    public const string ExclusionKqlSyntax = "EXCL012";
    public const string ExclusionExpired = "EXCL013";
    public const string ExclusionInvalidDate = "EXCL014";
    public const string ExclusionUnknownTool = "EXCL015";

    public const string PolicyUnknownGroup = "POL001";
    public const string PolicyNoDevices = "POL002";
    public const string PolicyExport = "POL003";
    public const string PolicyPattern = "POL004";
}
