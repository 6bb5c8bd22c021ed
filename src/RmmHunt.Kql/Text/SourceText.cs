namespace RmmHunt.Kql.Text;

/// <summary>
/// The text of a query with the file it came from and where it starts in that file, so that
/// diagnostics point at the line and column a user sees in their editor (a rule's query starts
/// many lines into its YAML file).
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string? path = null, int firstLine = 1, int firstColumn = 1)
    {
        Text = text;
        Path = path;
        FirstLine = firstLine;
        FirstColumn = firstColumn;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }
    public string? Path { get; }
    /// <summary>The 1-based line in <see cref="Path"/> where the text starts.</summary>
    public int FirstLine { get; }
    /// <summary>The 1-based column in <see cref="Path"/> of every line of the text (block scalars are indented).</summary>
    public int FirstColumn { get; }
    public int LineCount => _lineStarts.Length;

    /// <summary>The 0-based line index within the text of a character position.</summary>
    public int LineIndexOf(int position)
    {
        int index = Array.BinarySearch(_lineStarts, Math.Clamp(position, 0, Text.Length));
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The 1-based line and column, in the file, of a character position.</summary>
    public (int Line, int Column) LocationOf(int position)
    {
        int line = LineIndexOf(position);
        return (line + FirstLine, position - _lineStarts[line] + FirstColumn);
    }

    /// <summary>The text of a 0-based line, without its line break.</summary>
    public string LineText(int lineIndex)
    {
        int start = _lineStarts[lineIndex];
        int end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    public int LineStart(int lineIndex) => _lineStarts[lineIndex];

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        return starts.ToArray();
    }
}
