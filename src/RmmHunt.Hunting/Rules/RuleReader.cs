using RmmHunt.Hunting.Yaml;

namespace RmmHunt.Hunting.Rules;

/// <summary>Turns the YAML tree of one rule file into a <see cref="HuntingRule"/>, reporting what is missing or misshapen.</summary>
internal static class RuleReader
{
    /// <summary>The rule and the node of its id (for duplicate-id messages), or null when the file has errors.</summary>
    public static (HuntingRule Rule, ScalarNode IdNode)? Read(YamlSource source, Node root, ReportProblem report)
    {
        var fields = new YamlFields(report, HuntingCodes.RuleMissingField, HuntingCodes.RuleFieldShape);
        if (root is not MappingNode map)
        {
            fields.Error(root, HuntingCodes.RuleFieldShape, $"a rule file must be a mapping of keys (id, name, query...), but it is {root.Kind}");
            return null;
        }
        if (OtherFormat(map) is { } format)
        {
            report(map.Line, map.Column, Kql.Diagnostics.Severity.Warning, HuntingCodes.RuleNotAHuntingQuery, format);
            return null;
        }
        // Every field is read before deciding, so one pass reports every problem of the file.
        var id = fields.Scalar(map, "id", "the rule", required: true);
        var query = fields.Scalar(map, "query", "the rule", required: true);
        if (query is not null && query.Value.Trim().Length == 0) fields.Error(query, HuntingCodes.RuleMissingField, "the rule's 'query' is empty");
        string name = fields.String(map, "name", "the rule") ?? "";
        string description = fields.String(map, "description", "the rule") ?? "";
        var connectors = ReadConnectors(map, fields);
        var tactics = fields.Strings(map, "tactics");
        var techniques = fields.Strings(map, "relevantTechniques");
        var entities = ReadEntityMappings(map, fields);
        var tags = ReadTags(map);
        string? severity = fields.String(map, "severity", "the rule");
        string? version = fields.String(map, "version", "the rule");
        string? kind = fields.String(map, "kind", "the rule");
        if (fields.HasErrors || id is null || query is null) return null;

        var position = ScalarSourceMap.For(source, query);
        var rule = new HuntingRule
        {
            Id = id.Value,
            Name = name,
            Description = description,
            RequiredDataConnectors = connectors,
            Tactics = tactics,
            RelevantTechniques = techniques,
            Query = query.Value,
            EntityMappings = entities,
            Tags = tags,
            Severity = severity,
            Version = version,
            Kind = kind,
            SourcePath = source.Path,
            QueryLine = position.FirstLine,
            QueryColumn = position.FirstColumn,
        };
        return (rule, id);
    }

    private static IReadOnlyList<DataConnector> ReadConnectors(MappingNode map, YamlFields fields) =>
        fields.Mappings(map, "requiredDataConnectors")
            .Select(c => new DataConnector(fields.String(c, "connectorId", "a required data connector", required: true) ?? "", fields.Strings(c, "dataTypes")))
            .ToArray();

    private static readonly string[] RuleKeys = ["id", "query", "name", "description", "tactics", "relevantTechniques", "requiredDataConnectors", "severity", "kind"];

    /// <summary>
    /// Why a YAML file without a query is not a hunting rule at all (a Sigma rule, a LOLRMM tool entry,
    /// other YAML), or null when it looks like a rule with fields missing. Folders of rules often hold
    /// such files; they are skipped with a warning rather than reported as broken rules.
    /// </summary>
    private static string? OtherFormat(MappingNode map)
    {
        if (map.Get("query") is not null) return null;
        if (map.Get("detection") is not null && map.Get("logsource") is not null)
            return "a Sigma rule, not a KQL hunting query: convert it first (for example with sigma-cli's Kusto backend); skipped";
        return RuleKeys.Any(k => map.Get(k) is not null) ? null : "not a hunting rule (no 'id', 'query' or other rule field); skipped";
    }

    /// <summary>Tags are free-form in Sentinel content; text and one-level mappings of text are kept, other shapes ignored.</summary>
    private static IReadOnlyList<RuleTag> ReadTags(MappingNode map) =>
        (map.Get("tags") switch
        {
            SequenceNode list => list.Items,
            ScalarNode { IsNull: false } one => [one],
            _ => [],
        }).SelectMany(item => item switch
        {
            ScalarNode { IsNull: false } text => [new RuleTag(null, text.Value)],
            MappingNode keyed => keyed.Entries.Where(e => e.Value is ScalarNode { IsNull: false }).Select(e => new RuleTag(e.Key.Value, ((ScalarNode)e.Value).Value)),
            _ => [],
        }).ToArray();

    private static IReadOnlyList<EntityMapping> ReadEntityMappings(MappingNode map, YamlFields fields) =>
        fields.Mappings(map, "entityMappings")
            .Select(e => new EntityMapping(
                fields.String(e, "entityType", "an entity mapping", required: true) ?? "",
                fields.Mappings(e, "fieldMappings")
                    .Select(f => new FieldMapping(
                        fields.String(f, "identifier", "a field mapping", required: true) ?? "",
                        fields.String(f, "columnName", "a field mapping", required: true) ?? ""))
                    .ToArray()))
            .ToArray();
}
