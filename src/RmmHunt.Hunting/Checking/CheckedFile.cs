namespace RmmHunt.Hunting.Checking;

/// <summary>
/// The outcome of checking one file: the problems found (errors and warnings, each formatted with file,
/// line, column and a caret under the source) and whether it passed, that is had no error.
/// </summary>
public sealed record CheckedFile(string Path, int Queries, IReadOnlyList<string> Problems, bool Passed)
{
    /// <summary>True when the file could not be found or read, rather than failing to compile.</summary>
    public bool Unreadable { get; init; }
}
