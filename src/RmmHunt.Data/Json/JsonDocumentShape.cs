namespace RmmHunt.Data.Json;

/// <summary>
/// One kind of JSON API response: how to recognise it from its first bytes, and how to walk it to the
/// declared columns and to the array(s) of rows. The walk is an iterator: each item means "the reader
/// stands just inside an array of rows"; the source reads the rows, then lets the walk go on.
/// </summary>
internal abstract class JsonDocumentShape
{
    public abstract string FormatName { get; }

    /// <summary>Rows are objects keyed by column name (else arrays of values in column order).</summary>
    public abstract bool Keyed { get; }

    public abstract bool Recognizes(JsonHead head);

    /// <summary>Reads as far as the declared columns (when opening a file); rows met before them are skipped.</summary>
    public abstract IReadOnlyList<DeclaredColumn> ReadColumns(JsonStreamReader reader);

    /// <summary>Walks the document; yields the declared columns each time the reader enters an array of rows.</summary>
    public abstract IEnumerable<IReadOnlyList<DeclaredColumn>> RowArrays(JsonStreamReader reader, ICollection<string> warnings);

    protected static bool Is(string name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads an array of column objects, e.g. <c>[{"name":"Timestamp","type":"datetime"}]</c>, by the given keys.</summary>
    protected static List<DeclaredColumn> ReadColumnArray(JsonStreamReader reader, string nameKey, params string[] typeKeys)
    {
        var columns = new List<DeclaredColumn>();
        reader.Expect(System.Text.Json.JsonTokenType.StartArray, "an array of columns");
        while (reader.NextItem())
        {
            if (reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
                throw new JsonInputException(reader.TokenLine, "expected a column object");
            string? name = null;
            var types = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            while (reader.NextProperty(out string key))
            {
                if (Is(key, nameKey)) name = reader.ReadScalar();
                else if (typeKeys.Any(t => Is(key, t))) types[key] = reader.ReadScalar();
                else reader.SkipValue();
            }
            if (name is null) throw new JsonInputException(reader.TokenLine, $"a column has no \"{nameKey}\"");
            string? type = typeKeys.Select(t => types.GetValueOrDefault(t)).FirstOrDefault(t => t is not null);
            columns.Add(new DeclaredColumn(name, type));
        }
        return columns;
    }
}
