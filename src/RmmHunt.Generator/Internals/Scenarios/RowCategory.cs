namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>Category names as they appear in the truth file's rowsByCategory.</summary>
internal static class RowCategory
{
    public const string ServerEyeAgent = "servereye/agent";
    public const string ServerEyeAgentBeforeWindow = "servereye/agent-before-window";
    public const string ServerEyeWindowEdge = "servereye/window-edge";
    public const string ServerEyeLan = "servereye/lan";
    public const string ExclusionNearMiss = "servereye/exclusion-near-miss";

    public static string Benign(string exclusionId) => "benign/" + exclusionId;
    public static string LookAlike(string variant) => "lookalike/" + variant;
    public static string OtherRmm(string tool) => "other-rmm/" + tool;
    public static string Ordinary(string kind) => "ordinary/" + kind;
}
