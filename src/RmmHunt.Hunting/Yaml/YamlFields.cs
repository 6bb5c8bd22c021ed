using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting.Yaml;

/// <summary>
/// Typed access to the fields of a YAML mapping that reports, with the value's position, a missing
/// required field or a value of the wrong shape (a list where text belongs...), and goes on.
/// </summary>
internal sealed class YamlFields(ReportProblem report, string missingCode, string shapeCode)
{
    /// <summary>Whether any error was reported through this instance.</summary>
    public bool HasErrors { get; private set; }

    public void Error(Node at, string code, string message)
    {
        HasErrors = true;
        report(at.Line, at.Column, Severity.Error, code, message);
    }

    public void Warning(Node at, string code, string message) => report(at.Line, at.Column, Severity.Warning, code, message);

    /// <summary>The text of a field; null (and an error when required) if it is absent or null.</summary>
    public ScalarNode? Scalar(MappingNode map, string key, string owner, bool required = false)
    {
        var node = map.Get(key);
        if (node is null || node is ScalarNode { IsNull: true })
        {
            if (required) Error(node ?? map, missingCode, $"{owner} has no '{key}', which is required");
            return null;
        }
        if (node is ScalarNode scalar) return scalar;
        Error(node, shapeCode, $"'{key}' must be text, but it is {node.Kind}");
        return null;
    }

    public string? String(MappingNode map, string key, string owner, bool required = false) =>
        Scalar(map, key, owner, required)?.Value;

    /// <summary>A field that Sentinel allows as one text value or a list of them (tactics, dataTypes...).</summary>
    public IReadOnlyList<ScalarNode> Scalars(MappingNode map, string key)
    {
        switch (map.Get(key))
        {
            case null or ScalarNode { IsNull: true }:
                return [];
            case ScalarNode scalar:
                return [scalar];
            case SequenceNode list:
                var items = new List<ScalarNode>();
                foreach (var item in list.Items)
                {
                    if (item is ScalarNode { IsNull: false } s) items.Add(s);
                    else if (item is not ScalarNode) Error(item, shapeCode, $"the items of '{key}' must be text, but this one is {item.Kind}");
                }
                return items;
            case var other:
                Error(other, shapeCode, $"'{key}' must be text or a list of text, but it is {other.Kind}");
                return [];
        }
    }

    public IReadOnlyList<string> Strings(MappingNode map, string key) => Scalars(map, key).Select(s => s.Value).ToArray();

    /// <summary>A field holding a list of mappings (requiredDataConnectors, entityMappings...).</summary>
    public IReadOnlyList<MappingNode> Mappings(MappingNode map, string key)
    {
        switch (map.Get(key))
        {
            case null or ScalarNode { IsNull: true }:
                return [];
            case SequenceNode list:
                var items = new List<MappingNode>();
                foreach (var item in list.Items)
                {
                    if (item is MappingNode m) items.Add(m);
                    else Error(item, shapeCode, $"the items of '{key}' must be mappings, but this one is {item.Kind}");
                }
                return items;
            case var other:
                Error(other, shapeCode, $"'{key}' must be a list of mappings, but it is {other.Kind}");
                return [];
        }
    }
}
