namespace RmmHunt.Data.Json;

/// <summary>
/// The JSON of a document cannot be followed past this point (malformed, truncated, a value too
/// large): the reader reports it as a rejection at <see cref="Line"/> and stops, since after a
/// syntax error no later byte can be placed in the document's structure with certainty.
/// </summary>
internal sealed class JsonInputException(long line, string message) : Exception(message)
{
    public long Line { get; } = line;
}
