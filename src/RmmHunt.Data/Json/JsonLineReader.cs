namespace RmmHunt.Data.Json;

/// <summary>One line of a JSON lines file, valid in <see cref="JsonLineReader.Buffer"/> until the next call.</summary>
internal readonly record struct TextLine(int Start, int Length, long Number, bool TooLong, bool LastWithoutNewline);

/// <summary>
/// Reads a stream line by line in large blocks (JSON lines never hold a raw newline inside a record,
/// so a newline always ends one). A line longer than the limit is given up on its own; the next line
/// is read as usual.
/// </summary>
internal sealed class JsonLineReader(Stream stream, int maxLineBytes)
{
    private byte[] _buffer = new byte[1 << 20];
    private int _start, _end;
    private bool _eof;
    private long _line;

    public byte[] Buffer => _buffer;

    public bool Next(out TextLine line)
    {
        int searched = 0;
        while (true)
        {
            int newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int length = searched + newline;
                line = new TextLine(_start, TrimCr(_start, length), ++_line, false, false);
                _start += length + 1;
                return true;
            }
            searched = _end - _start;
            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }
                line = new TextLine(_start, TrimCr(_start, _end - _start), ++_line, false, true);
                _start = _end;
                return true;
            }
            if (_end - _start >= maxLineBytes)
            {
                line = new TextLine(_start, 0, ++_line, true, false);
                DropRestOfLine();
                return true;
            }
            Fill();
        }
    }

    private int TrimCr(int start, int length) => length > 0 && _buffer[start + length - 1] == (byte)'\r' ? length - 1 : length;

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, Math.Max(maxLineBytes + 1, _buffer.Length)));
        int read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }

    /// <summary>Discards bytes up to and including the next newline.</summary>
    private void DropRestOfLine()
    {
        _start = _end = 0;
        while (!_eof)
        {
            Fill();
            int newline = _buffer.AsSpan(0, _end).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = newline + 1;
                return;
            }
            _start = _end = 0;
        }
    }
}
