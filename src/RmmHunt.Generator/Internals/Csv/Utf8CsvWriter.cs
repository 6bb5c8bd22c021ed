using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace RmmHunt.Generator.Internals.Csv;

/// <summary>
/// Writes RFC 4180 CSV as UTF-8 bytes straight into a reusable buffer: at millions of rows, building a
/// string per row (or going through a TextWriter) would cost more than generating the data.
/// Fields are quoted only when they contain a delimiter, a quote or a line break, as the Defender portal does.
/// </summary>
internal sealed class Utf8CsvWriter(Stream output) : IDisposable
{
    private const int FlushAt = 1 << 20;
    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");

    private byte[] _buffer = new byte[FlushAt + (64 << 10)];
    private int _length;
    private bool _atRowStart = true;

    public long BytesWritten { get; private set; }

    public void String(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value)) return;
        Reserve(value.Length * 3 + 2);
        if (value.AsSpan().IndexOfAny(NeedsQuoting) < 0)
        {
            _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
            return;
        }
        _buffer[_length++] = (byte)'"';
        var rest = value.AsSpan();
        for (int quote; (quote = rest.IndexOf('"')) >= 0; rest = rest[(quote + 1)..])
        {
            _length += Encoding.UTF8.GetBytes(rest[..quote], _buffer.AsSpan(_length));
            _buffer[_length++] = (byte)'"';
            _buffer[_length++] = (byte)'"';
        }
        _length += Encoding.UTF8.GetBytes(rest, _buffer.AsSpan(_length));
        _buffer[_length++] = (byte)'"';
    }

    public void Integer(long? value)
    {
        Separator();
        if (value is not { } number) return;
        Reserve(20);
        Utf8Formatter.TryFormat(number, _buffer.AsSpan(_length), out int written);
        _length += written;
    }

    public void DateTime(DateTime? value)
    {
        Separator();
        if (value is not { } instant) return;
        Reserve(PortalDateTime.MaxLength);
        _length += PortalDateTime.Write(instant, _buffer.AsSpan(_length));
    }

    /// <summary>Booleans as lower-case <c>true</c>/<c>false</c>, the spelling Kusto uses in its own text output.</summary>
    public void Boolean(bool? value) => String(value switch { true => "true", false => "false", null => null });

    public void EndRow()
    {
        Reserve(2);
        _buffer[_length++] = (byte)'\r';
        _buffer[_length++] = (byte)'\n';
        _atRowStart = true;
        if (_length >= FlushAt) Flush();
    }

    public void Flush()
    {
        output.Write(_buffer, 0, _length);
        BytesWritten += _length;
        _length = 0;
    }

    public void Dispose() => Flush();

    private void Separator()
    {
        if (!_atRowStart)
        {
            Reserve(1);
            _buffer[_length++] = (byte)',';
        }
        _atRowStart = false;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes <= _buffer.Length) return;
        Flush();
        if (bytes > _buffer.Length) _buffer = new byte[bytes];
    }
}
