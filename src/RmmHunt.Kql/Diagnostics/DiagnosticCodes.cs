namespace RmmHunt.Kql.Diagnostics;

/// <summary>Stable codes so that tests and users can tell kinds of problems apart.</summary>
public static class DiagnosticCodes
{
    public const string InvalidCharacter = "KQL001";
    public const string UnterminatedString = "KQL002";
    public const string InvalidLiteral = "KQL003";
    public const string SyntaxError = "KQL010";
    public const string UnsupportedOperator = "KQL020";
    public const string UnsupportedFunction = "KQL021";
    public const string UnsupportedConstruct = "KQL022";
    public const string UnknownName = "KQL030";
    public const string UnknownColumn = "KQL031";
    public const string UnknownTable = "KQL032";
    public const string UnknownFunction = "KQL033";
    public const string TypeMismatch = "KQL040";
    public const string ArgumentCount = "KQL041";
    public const string NotAggregate = "KQL042";
    public const string NotScalar = "KQL043";
    public const string NotTabular = "KQL044";
    public const string NotConstant = "KQL045";
    public const string DuplicateColumn = "KQL046";
    public const string Limit = "KQL050";
    public const string CloudOnly = "KQL060";
    public const string NeedsData = "KQL061";
    /// <summary>Valid KQL that probably does not do what its author meant (a warning).</summary>
    public const string Suspicious = "KQL070";
    public const string Note = "KQL090";
}
