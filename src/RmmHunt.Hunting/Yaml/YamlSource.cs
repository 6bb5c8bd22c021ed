namespace RmmHunt.Hunting.Yaml;

/// <summary>The text of a YAML file with its path, mapping character positions to 1-based lines and columns.</summary>
internal sealed class YamlSource
{
    private readonly int[] _lineStarts;

    public YamlSource(string text, string path)
    {
        Text = text;
        Path = path;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }
    public string Path { get; }
    public int LineCount => _lineStarts.Length;

    public (int Line, int Column) PositionOf(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        int line = Array.BinarySearch(_lineStarts, index);
        if (line < 0) line = ~line - 1;
        return (line + 1, index - _lineStarts[line] + 1);
    }

    /// <summary>The text of a 1-based line without its line break (CR included), or null past the end.</summary>
    public string? LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Length) return null;
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\n').TrimEnd('\r');
    }

    /// <summary>The character index where a 1-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)];
}
