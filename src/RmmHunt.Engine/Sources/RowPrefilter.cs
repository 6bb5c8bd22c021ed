namespace RmmHunt.Engine.Sources;

/// <summary>
/// Byte needles a source may use to skip rows before parsing them. A row can only match the queries
/// if, for some alternative, every clause has at least one of its needles in the row's raw text
/// (compared case-insensitively). Derived from <c>has</c>, <c>contains</c>, <c>==</c>, <c>in</c>,
/// <c>startswith</c>... on string columns; the source turns needles into raw byte patterns that are
/// safe for its encoding (see <see cref="NeedleBytes"/>).
/// </summary>
public sealed record RowPrefilter(IReadOnlyList<NeedleConjunction> Alternatives)
{
    public override string ToString() => string.Join(" OR ", Alternatives.Select(a => a.ToString()));
}

/// <summary>Every clause must be satisfied.</summary>
public sealed record NeedleConjunction(IReadOnlyList<NeedleClause> Clauses)
{
    public override string ToString() => "(" + string.Join(" AND ", Clauses) + ")";
}

/// <summary>
/// At least one needle must occur. <see cref="Columns"/>, when known, says for each needle the column
/// it must occur in (null: anywhere in the row): a source that can find a row's fields cheaply may
/// look for each needle in its column only, which is both faster and more selective.
/// </summary>
public sealed record NeedleClause(IReadOnlyList<string> AnyOf, IReadOnlyList<string?>? Columns = null)
{
    /// <summary>The column needle <paramref name="index"/> must occur in, or null for anywhere.</summary>
    public string? ColumnOf(int index) => Columns is null ? null : Columns[index];

    /// <summary>Needles that must occur in <paramref name="column"/>.</summary>
    public static NeedleClause In(string column, IReadOnlyList<string> needles) => new(needles, needles.Select(_ => (string?)column).ToArray());

    public override string ToString() => "{" + string.Join("|", AnyOf.Select(n => $"'{n}'")) + "}";
}
