using YamlDotNet.Core;

namespace RmmHunt.Hunting.Yaml;

/// <summary>
/// Maps a character of a scalar's value back to the line and column of the file it came from, so
/// that an error inside a query or an exclusion filter points into the YAML file.
/// <para>
/// A literal block (<c>query: |</c>) is the exact case: its value has one line per file line,
/// starting on the line after the <c>|</c> header, every line cut at the same indentation, which is
/// what <see cref="RmmHunt.Kql.Text.SourceText"/> expects. Other styles may fold lines and have escapes
/// (<c>''</c>, <c>\"</c>); for them each value character is matched to the next equal file character,
/// which is exact on one line and close enough across folds.
/// </para>
/// </summary>
internal sealed class ScalarSourceMap
{
    // How far past a fold or an escape to look for the next matching character.
    private const int SearchWindow = 256;

    private readonly YamlSource _source;
    private readonly ScalarNode _scalar;
    private readonly int[]? _indices;

    private ScalarSourceMap(YamlSource source, ScalarNode scalar, int firstLine, int firstColumn, int[]? indices)
    {
        _source = source;
        _scalar = scalar;
        FirstLine = firstLine;
        FirstColumn = firstColumn;
        _indices = indices;
    }

    /// <summary>The 1-based file line of the value's first line.</summary>
    public int FirstLine { get; }

    /// <summary>The 1-based file column of the value's first character (of every line, for a literal block).</summary>
    public int FirstColumn { get; }

    public static ScalarSourceMap For(YamlSource source, ScalarNode scalar)
    {
        if (scalar.Style == ScalarStyle.Literal)
        {
            var (line, column) = LiteralStart(source, scalar);
            return new ScalarSourceMap(source, scalar, line, column, null);
        }
        var indices = MatchCharacters(source, scalar);
        var (firstLine, firstColumn) = indices.Length > 0 ? source.PositionOf(indices[0]) : (scalar.Line, scalar.Column);
        return new ScalarSourceMap(source, scalar, firstLine, firstColumn, indices);
    }

    /// <summary>The 1-based file line and column of the value character at <paramref name="offset"/>.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _scalar.Value.Length);
        if (_indices is null)
        {
            int lineStart = offset == 0 ? 0 : _scalar.Value.LastIndexOf('\n', offset - 1) + 1;
            int lineIndex = _scalar.Value.AsSpan(0, lineStart).Count('\n');
            return (FirstLine + lineIndex, FirstColumn + offset - lineStart);
        }
        if (_indices.Length == 0) return (_scalar.Line, _scalar.Column);
        if (offset >= _indices.Length) return _source.PositionOf(_indices[^1] + 1);
        return _source.PositionOf(_indices[offset]);
    }

    /// <summary>
    /// The value starts on the line after the header. Its indentation is found from the first
    /// non-empty value line: the file line it came from ends with it, so the rest is indentation.
    /// That covers auto-detected and explicit (<c>|2</c>) indentation alike.
    /// </summary>
    private static (int Line, int Column) LiteralStart(YamlSource source, ScalarNode scalar)
    {
        int firstLine = scalar.Line + 1;
        var lines = scalar.Value.Split('\n');
        for (int k = 0; k < lines.Length; k++)
        {
            string valueLine = lines[k].TrimEnd('\r');
            if (valueLine.Length == 0) continue;
            string? fileLine = source.LineText(firstLine + k);
            if (fileLine is not null && fileLine.EndsWith(valueLine, StringComparison.Ordinal))
                return (firstLine, fileLine.Length - valueLine.Length + 1);
            break;
        }
        return (firstLine, scalar.Column);
    }

    private static int[] MatchCharacters(YamlSource source, ScalarNode scalar)
    {
        string text = source.Text;
        string value = scalar.Value;
        int end = Math.Min(scalar.EndIndex, text.Length);
        int raw = scalar.Index;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted) raw++;
        if (scalar.Style == ScalarStyle.Folded)
        {
            int header = text.IndexOf('\n', raw);
            raw = header < 0 ? end : header + 1;
        }
        var indices = new int[value.Length];
        int last = scalar.Index;
        for (int i = 0; i < value.Length; i++)
        {
            if (scalar.Style == ScalarStyle.DoubleQuoted && raw < end && text[raw] == '\\' && raw + 1 < end && text[raw + 1] is not ('\n' or '\r'))
            {
                indices[i] = last = raw;
                raw += EscapeLength(text[raw + 1]);
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length) indices[++i] = last;
                continue;
            }
            int found = text.IndexOf(value[i], raw, Math.Max(0, Math.Min(SearchWindow, end - raw)));
            if (found >= 0)
            {
                last = found;
                raw = found + 1;
            }
            indices[i] = last;
        }
        return indices;
    }

    private static int EscapeLength(char kind) => kind switch
    {
        'x' => 4,
        'u' => 6,
        'U' => 10,
        _ => 2,
    };
}
