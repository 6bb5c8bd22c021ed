namespace RmmHunt.Fuzzing.Mutation;

/// <summary>How far the mutators go: the test suite keeps files small, the bench command may ask for real runaway lines.</summary>
public sealed record MutatorOptions
{
    public static MutatorOptions Default { get; } = new();

    /// <summary>The longest line <see cref="EditKind.HugeLine"/> inserts.</summary>
    public int MaxHugeLineBytes { get; init; } = 1_200_000;
}

/// <summary>Applies <see cref="Edit"/>s to the bytes of a file, one after another; deterministic for the same edits.</summary>
public static class ByteMutator
{
    private static readonly byte[][] NotUtf8 =
    [
        [0xFF], [0x80], [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98],
    ];

    private static readonly byte[][] Structural =
    [
        ","u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ":"u8.ToArray(), "\\"u8.ToArray(),
        "\\u"u8.ToArray(), "\"\""u8.ToArray(), [0], [0xEF, 0xBB, 0xBF], "\t"u8.ToArray(), "null"u8.ToArray(), "-1e999"u8.ToArray(),
        "\"\\ud800\""u8.ToArray(), "9999999999999999999999"u8.ToArray(),
    ];

    private static readonly byte[][] LineBreaks = ["\n"u8.ToArray(), "\r\n"u8.ToArray(), "\r"u8.ToArray(), "\n\n"u8.ToArray()];

    /// <summary>The bytes a huge line is made of: plain text, separators, quotes, brackets, spaces, a non-ASCII letter.</summary>
    private static readonly byte[][] HugeFill = ["a"u8.ToArray(), ","u8.ToArray(), "\""u8.ToArray(), "["u8.ToArray(), "{"u8.ToArray(), " "u8.ToArray(), "ä"u8.ToArray()];

    public static byte[] Apply(byte[] data, IEnumerable<Edit> edits, MutatorOptions? options = null)
    {
        options ??= MutatorOptions.Default;
        var bytes = new List<byte>(data);
        foreach (var edit in edits) Apply(bytes, edit, options);
        return bytes.ToArray();
    }

    private static void Apply(List<byte> bytes, Edit edit, MutatorOptions options)
    {
        int at = edit.OffsetIn(bytes.Count);
        int size = Math.Abs(edit.Size);
        int variant = Math.Abs(edit.Variant);
        switch (edit.Kind)
        {
            case EditKind.BitFlip when bytes.Count > 0:
                at = Math.Min(at, bytes.Count - 1);
                bytes[at] ^= (byte)(1 << (variant % 8));
                break;
            case EditKind.Truncate:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case EditKind.InsertQuote:
                bytes.Insert(at, (byte)'"');
                break;
            case EditKind.InsertNewline:
                bytes.InsertRange(at, LineBreaks[variant % LineBreaks.Length]);
                break;
            case EditKind.InvalidUtf8:
                var bad = NotUtf8[variant % NotUtf8.Length];
                // Half the time in place of the bytes there (a damaged character), half inserted.
                if (variant / NotUtf8.Length % 2 == 0) bytes.RemoveRange(at, Math.Min(bad.Length, bytes.Count - at));
                bytes.InsertRange(at, bad);
                break;
            case EditKind.HugeLine:
                var fill = HugeFill[variant % HugeFill.Length];
                int count = Math.Max(1, (int)((long)size * options.MaxHugeLineBytes / int.MaxValue)) / fill.Length;
                var line = new byte[count * fill.Length];
                for (int i = 0; i < line.Length; i += fill.Length) fill.CopyTo(line, i);
                bytes.InsertRange(at, line);
                break;
            case EditKind.DeleteBytes:
                bytes.RemoveRange(at, Math.Min(1 + size % 64, bytes.Count - at));
                break;
            case EditKind.DuplicateRange when bytes.Count > 0:
                int from = (int)((long)variant * bytes.Count / ((long)int.MaxValue + 1));
                int length = Math.Min(1 + size % 512, bytes.Count - from);
                bytes.InsertRange(at, bytes.GetRange(from, length));
                break;
            case EditKind.InsertStructural:
                bytes.InsertRange(at, Structural[variant % Structural.Length]);
                break;
            case EditKind.ReplaceByte when bytes.Count > 0:
                bytes[Math.Min(at, bytes.Count - 1)] = (byte)variant;
                break;
        }
    }
}
