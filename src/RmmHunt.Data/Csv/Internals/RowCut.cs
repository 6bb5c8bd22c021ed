namespace RmmHunt.Data.Csv.Internals;

/// <summary>Why a row's first line is given up (both CSV readers say it alike).</summary>
internal static class RowCut
{
    /// <summary>Why a row's first line is given up when the row does not end within <paramref name="maxRowBytes"/> bytes.</summary>
    public static string TooLong(int maxRowBytes) => $"the row does not end within {maxRowBytes} bytes (unterminated quoted field?)";

    /// <summary>Why a row's first line is given up when the input ends inside its quoted field.</summary>
    public const string UnterminatedAtEnd = "unterminated quoted field at the end of the file";
}
