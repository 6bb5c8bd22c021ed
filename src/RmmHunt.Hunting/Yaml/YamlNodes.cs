using YamlDotNet.Core;

namespace RmmHunt.Hunting.Yaml;

/// <summary>
/// A YAML value with the place it starts in its file. Rules and exclusions are read from these
/// rather than deserialized into fixed classes, so every message can point at a line and column.
/// </summary>
internal abstract record Node(int Index, int Line, int Column)
{
    /// <summary>What the value is, for messages such as "expected a list but found a mapping".</summary>
    public abstract string Kind { get; }
}

internal sealed record ScalarNode(int Index, int Line, int Column, int EndIndex, string Value, ScalarStyle Style) : Node(Index, Line, Column)
{
    public override string Kind => "a text value";

    /// <summary>An empty or <c>null</c>/<c>~</c> plain scalar, which YAML reads as null.</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record SequenceNode(int Index, int Line, int Column, IReadOnlyList<Node> Items) : Node(Index, Line, Column)
{
    public override string Kind => "a list";
}

internal sealed record MappingNode(int Index, int Line, int Column, IReadOnlyList<KeyValuePair<ScalarNode, Node>> Entries) : Node(Index, Line, Column)
{
    public override string Kind => "a mapping";

    public Node? Get(string key)
    {
        foreach (var (k, v) in Entries)
        {
            if (k.Value == key) return v;
        }
        return null;
    }
}
