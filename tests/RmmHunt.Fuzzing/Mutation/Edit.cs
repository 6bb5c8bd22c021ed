namespace RmmHunt.Fuzzing.Mutation;

/// <summary>The damage one edit does to a file, as broken exporters, disks and attackers do it.</summary>
public enum EditKind
{
    /// <summary>One bit of one byte flipped.</summary>
    BitFlip,

    /// <summary>The file cut short here.</summary>
    Truncate,

    /// <summary>A stray double quote (CSV quoting, JSON strings).</summary>
    InsertQuote,

    /// <summary>A line break (LF, CRLF or a lone CR) inside a row or a value.</summary>
    InsertNewline,

    /// <summary>Bytes that are not UTF-8: a lone continuation byte, a cut sequence, an overlong form, a surrogate, 0xFF.</summary>
    InvalidUtf8,

    /// <summary>A very long line of one repeated byte, with no line break (a runaway quote, a blob).</summary>
    HugeLine,

    /// <summary>A run of bytes removed.</summary>
    DeleteBytes,

    /// <summary>A run of bytes copied elsewhere in the file (repeated structure in the wrong place).</summary>
    DuplicateRange,

    /// <summary>A structural character of CSV or JSON: separator, bracket, brace, colon, backslash, NUL, BOM.</summary>
    InsertStructural,

    /// <summary>One byte replaced by any value.</summary>
    ReplaceByte,
}

/// <summary>
/// One mutation of a file. <see cref="Position"/> is in millionths of the file's length, so that the
/// same edit lands at the same relative place in a file of any size (and shrinks sensibly);
/// <see cref="Size"/> and <see cref="Variant"/> choose lengths and bytes within the kind.
/// </summary>
public readonly record struct Edit(EditKind Kind, int Position, int Size, int Variant)
{
    public const int PositionScale = 1_000_000;

    /// <summary>The byte offset the edit applies at, in a file of <paramref name="length"/> bytes.</summary>
    public int OffsetIn(int length) => length == 0 ? 0 : (int)((long)Position * length / PositionScale);

    public override string ToString() => $"{Kind}@{Position / (double)PositionScale:P2}(size {Size}, variant {Variant})";
}
