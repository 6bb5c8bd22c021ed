using System.Text;
using System.Text.Json;

namespace RmmHunt.Data.Json;

/// <summary>A whole JSON value in the reader's buffer: valid until the reader reads on.</summary>
internal readonly record struct RawValue(int Start, int Length, long Line, JsonTokenType Kind);

/// <summary>
/// Streams a JSON document: <see cref="Utf8JsonReader"/> over a buffer that is refilled from the stream
/// (carrying the reader's state across refills), so memory depends on the largest single row, never on
/// the document. Structure (the objects and arrays around the rows) is walked token by token; rows are
/// handed out whole as raw bytes (<see cref="TryReadValue"/>) so that the prefilter can look at them
/// before anything is decoded. Lines are counted as the reader moves, for messages.
/// </summary>
internal sealed class JsonStreamReader
{
    private readonly Stream _stream;
    private readonly int _maxValueBytes;
    private byte[] _buffer = new byte[1 << 16];
    private int _start, _end;
    private bool _final;
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
    private long _line = 1; // at _start

    public JsonStreamReader(Stream stream, int maxValueBytes = 64 << 20)
    {
        _stream = stream;
        _maxValueBytes = maxValueBytes;
    }

    public byte[] Buffer => _buffer;

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The text of the last token when it is a property name, string, number or literal.</summary>
    public string? Text { get; private set; }

    /// <summary>The line the last token started on.</summary>
    public long TokenLine { get; private set; }

    /// <summary>The line of the next unread byte.</summary>
    public long Line => _line;

    /// <summary>Reads the next token; false at the end of the data.</summary>
    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (Guard(ref reader, static (ref Utf8JsonReader r) => r.Read()))
            {
                TokenType = reader.TokenType;
                Text = TokenType switch
                {
                    JsonTokenType.PropertyName or JsonTokenType.String => JsonStrings.Get(ref reader),
                    JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                TokenLine = _line + Newlines((int)reader.TokenStartIndex);
                Consume(ref reader);
                return true;
            }
            if (_final) return false;
            Fill();
        }
    }

    /// <summary>
    /// Reads the next value whole (a row), or consumes the end of the enclosing array or object and
    /// returns false. Objects and arrays must fit in the buffer, which grows up to the limit.
    /// </summary>
    public bool TryReadValue(out RawValue value)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (Guard(ref reader, static (ref Utf8JsonReader r) => r.Read()))
            {
                var kind = reader.TokenType;
                if (kind is JsonTokenType.EndArray or JsonTokenType.EndObject)
                {
                    TokenType = kind;
                    Consume(ref reader);
                    value = default;
                    return false;
                }
                int tokenStart = (int)reader.TokenStartIndex;
                bool whole = kind is not (JsonTokenType.StartObject or JsonTokenType.StartArray)
                    || Guard(ref reader, static (ref Utf8JsonReader r) => r.TrySkip());
                if (whole)
                {
                    long line = _line + Newlines(tokenStart);
                    value = new RawValue(_start + tokenStart, (int)reader.BytesConsumed - tokenStart, line, kind);
                    TokenType = kind;
                    Consume(ref reader);
                    return true;
                }
            }
            if (_final) throw new JsonInputException(_line, "the file ends inside a value (truncated?)");
            Fill();
        }
    }

    /// <summary>Skips the value that follows (after a property name or inside an array), however large, without holding it whole.</summary>
    public void SkipValue()
    {
        if (!Read()) throw Truncated();
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        int depth = 1;
        while (depth > 0)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            int consumed = 0;
            var lastState = _state;
            while (depth > 0 && Guard(ref reader, static (ref Utf8JsonReader r) => r.Read()))
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) depth++;
                else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) depth--;
                consumed = (int)reader.BytesConsumed;
                lastState = reader.CurrentState;
            }
            Advance(consumed);
            _state = lastState;
            if (depth == 0) return;
            if (_final) throw Truncated();
            Fill();
        }
    }

    /// <summary>Expects <paramref name="kind"/> next (e.g. the start of the rows array).</summary>
    public void Expect(JsonTokenType kind, string what)
    {
        if (!Read()) throw Truncated();
        if (TokenType != kind) throw new JsonInputException(TokenLine, $"expected {what}, found {Describe(TokenType)}");
    }

    /// <summary>Inside an object: the next property name, or false at its end.</summary>
    public bool NextProperty(out string name)
    {
        if (!Read()) throw Truncated();
        name = Text ?? "";
        if (TokenType == JsonTokenType.EndObject) return false;
        if (TokenType != JsonTokenType.PropertyName) throw new JsonInputException(TokenLine, $"expected a property name, found {Describe(TokenType)}");
        return true;
    }

    /// <summary>Inside an array: reads the next item's first token, or false at the array's end.</summary>
    public bool NextItem()
    {
        if (!Read()) throw Truncated();
        return TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Reads a scalar value as text (null for JSON null); containers are skipped and give null.</summary>
    public string? ReadScalar()
    {
        if (!Read()) throw Truncated();
        if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            SkipRest();
            return null;
        }
        return TokenType == JsonTokenType.Null ? null : Text;
    }

    /// <summary>Reads to the end of the data, checking it is well-formed (the rest of a document after its rows).</summary>
    public void ReadToEnd()
    {
        while (Read())
        {
            if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) SkipRest();
        }
    }

    /// <summary>After reading a container's start token: skips to its end.</summary>
    private void SkipRest()
    {
        int depth = 1;
        while (depth > 0)
        {
            if (!Read()) throw Truncated();
            if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) depth++;
            else if (TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) depth--;
        }
    }

    public static string Describe(JsonTokenType kind) => kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.PropertyName => "a property name",
        _ => kind.ToString(),
    };

    private JsonInputException Truncated() => new(_line, "the file ends inside the JSON document (truncated?)");

    private delegate bool ReaderStep(ref Utf8JsonReader reader);

    /// <summary>Runs a reader step, turning a syntax error into a <see cref="JsonInputException"/> at its line.</summary>
    private bool Guard(ref Utf8JsonReader reader, ReaderStep step)
    {
        try
        {
            return step(ref reader);
        }
        catch (JsonException e)
        {
            // The reader state carries its line count across refills: the exception's line is the document's (0-based).
            long line = (e.LineNumber ?? 0) + 1;
            bool atEnd = _final && line >= _line + _buffer.AsSpan(_start, _end - _start).Count((byte)'\n');
            string what = atEnd ? "the file ends inside the JSON document (truncated?)" : "malformed JSON";
            throw new JsonInputException(line, $"{what}: {FirstSentence(e.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).Trim();
    }

    private void Consume(ref Utf8JsonReader reader)
    {
        Advance((int)reader.BytesConsumed);
        _state = reader.CurrentState;
    }

    private long Newlines(int count) => _buffer.AsSpan(_start, count).Count((byte)'\n');

    private void Advance(int count)
    {
        _line += Newlines(count);
        _start += count;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= _maxValueBytes)
                throw new JsonInputException(_line, $"a value is longer than {_maxValueBytes:N0} bytes (not a telemetry row?)");
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _final = true;
        _end += read;
    }
}
