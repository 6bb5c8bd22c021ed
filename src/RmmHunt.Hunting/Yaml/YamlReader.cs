using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RmmHunt.Hunting.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="Node"/>s from YamlDotNet's event parser, enforcing
/// <see cref="YamlLimits"/> as it goes. The event parser keeps its own state on the heap and we stop
/// at the first level past the depth limit, so deep nesting cannot overflow the stack (YamlDotNet's
/// representation model builds its tree recursively and would). Aliases are refused rather than
/// expanded: hunting rules never use them, and expanding them is how "billion laughs" files explode.
/// </summary>
internal sealed class YamlReader
{
    private readonly IParser _parser;
    private readonly YamlLimits _limits;
    private int _nodes;
    private ParsingEvent? _current;

    private YamlReader(IParser parser, YamlLimits limits)
    {
        _parser = parser;
        _limits = limits;
    }

    /// <summary>The document's root value, or the problem that stopped reading.</summary>
    public static (Node? Root, YamlProblem? Problem) Read(YamlSource source, YamlLimits limits)
    {
        if (source.Text.Length > limits.MaxFileChars)
            return (null, new YamlProblem(0, 0, HuntingCodes.YamlLimit, $"the file has {source.Text.Length} characters, more than the limit of {limits.MaxFileChars}"));
        var reader = new YamlReader(new Parser(new StringReader(source.Text)), limits);
        try
        {
            return (reader.ReadDocument(), null);
        }
        catch (ProblemException e)
        {
            return (null, e.Problem);
        }
        catch (YamlException e)
        {
            return (null, new YamlProblem((int)e.Start.Line, (int)e.Start.Column, HuntingCodes.YamlSyntax, "invalid YAML: " + e.Message));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet sometimes fails without a YamlException (an unclosed [ followed by a block
            // scalar throws InvalidOperationException); the end of the last value read is the best
            // position there is. Either way a third-party parser must not take the whole load down.
            var (line, column) = reader._current is { } last ? ((int)last.End.Line, (int)last.End.Column) : (1, 1);
            return (null, new YamlProblem(line, column, HuntingCodes.YamlSyntax, $"invalid YAML after this point (the YAML parser failed: {e.Message})"));
        }
    }

    private Node ReadDocument()
    {
        Expect<StreamStart>(Next());
        if (Next() is StreamEnd end) throw Problem(end, HuntingCodes.YamlDocument, "the file holds no YAML document");
        Expect<DocumentStart>(_current);
        Next();
        var root = ReadNode(0);
        Expect<DocumentEnd>(_current);
        if (Next() is DocumentStart second)
            throw Problem(second, HuntingCodes.YamlDocument, "the file holds more than one YAML document ('---'); put each in its own file");
        return root;
    }

    private Node ReadNode(int depth)
    {
        var e = _current ?? throw new YamlException("unexpected end of the YAML stream");
        if (++_nodes > _limits.MaxNodes)
            throw Problem(e, HuntingCodes.YamlLimit, $"the file holds more than {_limits.MaxNodes} values");
        switch (e)
        {
            case AnchorAlias alias:
                throw Problem(alias, HuntingCodes.YamlAlias, $"YAML aliases (*{alias.Value}) are not supported; write the value out");
            case Scalar scalar:
                if (scalar.Value.Length > _limits.MaxScalarChars)
                    throw Problem(scalar, HuntingCodes.YamlLimit, $"a value of {scalar.Value.Length} characters is longer than the limit of {_limits.MaxScalarChars}");
                Next();
                return new ScalarNode((int)scalar.Start.Index, (int)scalar.Start.Line, (int)scalar.Start.Column, (int)scalar.End.Index, scalar.Value, scalar.Style);
            case SequenceStart or MappingStart when depth >= _limits.MaxDepth:
                throw Problem(e, HuntingCodes.YamlLimit, $"the YAML is nested more than {_limits.MaxDepth} levels deep");
            case SequenceStart:
                return ReadSequence(e, depth);
            case MappingStart:
                return ReadMapping(e, depth);
            default:
                throw Problem(e, HuntingCodes.YamlSyntax, $"unexpected YAML event {e.GetType().Name}");
        }
    }

    private SequenceNode ReadSequence(ParsingEvent start, int depth)
    {
        Next();
        var items = new List<Node>();
        while (_current is not SequenceEnd) items.Add(ReadNode(depth + 1));
        Next();
        return new SequenceNode((int)start.Start.Index, (int)start.Start.Line, (int)start.Start.Column, items);
    }

    private MappingNode ReadMapping(ParsingEvent start, int depth)
    {
        Next();
        var entries = new List<KeyValuePair<ScalarNode, Node>>();
        var seen = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        while (_current is not MappingEnd)
        {
            var keyEvent = _current;
            if (ReadNode(depth + 1) is not ScalarNode key)
                throw Problem(keyEvent!, HuntingCodes.YamlSyntax, "a mapping key must be plain text, not a list or a mapping");
            if (seen.TryGetValue(key.Value, out var first))
                throw Problem(keyEvent!, HuntingCodes.YamlDuplicateKey, $"the key '{key.Value}' appears twice in one mapping (first at line {first.Line})");
            seen.Add(key.Value, key);
            entries.Add(new(key, ReadNode(depth + 1)));
        }
        Next();
        return new MappingNode((int)start.Start.Index, (int)start.Start.Line, (int)start.Start.Column, entries);
    }

    private ParsingEvent? Next() => _current = _parser.MoveNext() ? _parser.Current : null;

    private static void Expect<T>(ParsingEvent? e) where T : ParsingEvent
    {
        if (e is null) throw new YamlException("unexpected end of the YAML stream");
        if (e is not T) throw Problem(e, HuntingCodes.YamlSyntax, $"expected {typeof(T).Name} but found {e.GetType().Name}");
    }

    private static ProblemException Problem(ParsingEvent at, string code, string message) =>
        new(new YamlProblem((int)at.Start.Line, (int)at.Start.Column, code, message));

    /// <summary>Unwinds the reader to <see cref="Read"/>; it never leaves this class.</summary>
    private sealed class ProblemException(YamlProblem problem) : Exception(problem.Message)
    {
        public YamlProblem Problem { get; } = problem;
    }
}
