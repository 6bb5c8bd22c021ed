using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Vectors;

/// <summary>
/// A column of strings, either flat or dictionary-encoded (codes into a list of distinct values).
/// Readers of low-cardinality columns produce the dictionary form so that a predicate runs once per
/// distinct value (<see cref="MapDistinct{T}"/>). KQL strings are never null; missing is empty.
/// </summary>
public sealed class StringColumn : Column
{
    private static int[] _zeros = [];

    private StringColumn(string[]? values, int[]? codes, string[]? dictionary, int length) : base(KqlType.String, length)
    {
        Values = values;
        Codes = codes;
        Dictionary = dictionary;
    }

    public StringColumn(string[] values) : this(values, null, null, values.Length) { }

    /// <summary>Flat values, or null in dictionary form.</summary>
    public string[]? Values { get; }

    /// <summary>Per-row codes into <see cref="Dictionary"/>, or null in flat form.</summary>
    public int[]? Codes { get; }

    public string[]? Dictionary { get; }

    public bool IsDictionaryEncoded => Codes is not null;

    public string this[int row] => Values is not null ? Values[row] : Dictionary![Codes![row]];

    public static StringColumn FromDictionary(int[] codes, string[] dictionary, int length) => new(null, codes, dictionary, length);

    /// <summary>One value repeated: the dictionary form with a shared array of zero codes.</summary>
    public static StringColumn Repeat(string value, int length)
    {
        var zeros = _zeros;
        if (zeros.Length < length) _zeros = zeros = new int[Math.Max(length, 4096)];
        return new StringColumn(null, zeros, [value], length);
    }

    public override bool IsNull(int row) => false;

    public override object? GetValue(int row) => this[row];

    /// <summary>
    /// Applies <paramref name="map"/> once per distinct dictionary value (or once per row when flat)
    /// and returns the per-row results.
    /// </summary>
    public T[] MapDistinct<T>(Func<string, T> map)
    {
        var result = new T[Length];
        if (Codes is null)
        {
            for (int i = 0; i < Length; i++) result[i] = map(Values![i]);
            return result;
        }
        var perCode = new T[Dictionary!.Length];
        if (Dictionary.Length < Length)
        {
            for (int c = 0; c < perCode.Length; c++) perCode[c] = map(Dictionary[c]);
            // One result for every value (a pack rule's `has` on a batch of other tools' traffic is false
            // for all of it): a vectorized fill instead of a lookup per row.
            if (AllEqual(perCode)) Array.Fill(result, perCode[0]);
            else for (int i = 0; i < Length; i++) result[i] = perCode[Codes[i]];
            return result;
        }
        for (int i = 0; i < Length; i++) result[i] = map(Dictionary[Codes[i]]);
        return result;
    }

    private static bool AllEqual<T>(T[] values)
    {
        if (values.Length == 0) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 1; i < values.Length; i++)
        {
            if (!comparer.Equals(values[i], values[0])) return false;
        }
        return true;
    }

    /// <summary>Maps strings to strings, keeping the dictionary form when there is one.</summary>
    public StringColumn MapStrings(Func<string, string> map)
    {
        if (Codes is null || Dictionary!.Length >= Length) return new StringColumn(MapDistinct(map));
        var mapped = new string[Dictionary.Length];
        for (int c = 0; c < mapped.Length; c++) mapped[c] = map(Dictionary[c]);
        return FromDictionary(Codes, mapped, Length);
    }

    public override Column Gather(ReadOnlySpan<int> rows)
    {
        if (Codes is null)
        {
            var values = new string[rows.Length];
            for (int i = 0; i < rows.Length; i++) values[i] = Values![rows[i]];
            return new StringColumn(values);
        }
        var codes = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++) codes[i] = Codes[rows[i]];
        return FromDictionary(codes, Dictionary!, rows.Length);
    }

    public override Column Slice(int start, int length) => Codes is null
        ? new StringColumn(Values.AsSpan(start, length).ToArray())
        : FromDictionary(Codes.AsSpan(start, length).ToArray(), Dictionary!, length);
}
