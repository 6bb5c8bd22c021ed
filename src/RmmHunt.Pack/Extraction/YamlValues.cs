using YamlDotNet.RepresentationModel;

namespace RmmHunt.Pack.Extraction;

/// <summary>Lenient access to a YamlDotNet document tree: a missing or misshapen value reads as empty.</summary>
internal static class YamlValues
{
    public static YamlNode? Get(this YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Text(this YamlNode? node) =>
        node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>A list's items, a single value as a one-item list, nothing as an empty list.</summary>
    public static IEnumerable<YamlNode> Items(this YamlNode? node) => node switch
    {
        YamlSequenceNode list => list.Children,
        YamlMappingNode or YamlScalarNode => [node],
        _ => [],
    };

    public static IEnumerable<string> Texts(this YamlNode? node) => node.Items().Select(Text).OfType<string>();

    public static YamlNode? LoadDocument(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
    }
}
