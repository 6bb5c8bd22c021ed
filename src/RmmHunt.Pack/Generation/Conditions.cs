using RmmHunt.Engine.Functions;

namespace RmmHunt.Pack.Generation;

/// <summary>
/// A rule's row filter as a small tree that renders as KQL and can also be evaluated here, so the
/// generator checks each fixture row against the rule it writes before the engine ever runs it.
/// Evaluation follows KQL: <c>has</c> on whole terms, <c>in~</c>, <c>startswith</c> and
/// <c>endswith</c> ignoring case; a missing column reads as the empty string.
/// </summary>
internal abstract record Condition
{
    public abstract string Kql(string indent);

    public abstract bool Matches(IReadOnlyDictionary<string, string> row);

    /// <summary>The columns the condition reads, so fixtures can fill them.</summary>
    public abstract IEnumerable<string> Columns { get; }

    protected static string Value(IReadOnlyDictionary<string, string> row, string column) => row.GetValueOrDefault(column, "");
}

/// <summary><c>Column has_any (...)</c> (or <c>has</c> for one value).</summary>
internal sealed record HasAny(string Column, IReadOnlyList<string> Values) : Condition
{
    public override string Kql(string indent) => Values.Count == 1
        ? $"{Column} has {KqlStrings.Quote(Values[0])}"
        : $"{Column} has_any {KqlStrings.List(Values, indent)}";

    public override bool Matches(IReadOnlyDictionary<string, string> row) => Values.Any(v => Terms.Has(Value(row, Column), v, caseSensitive: false));

    public override IEnumerable<string> Columns => [Column];
}

/// <summary><c>Column in~ (...)</c> (or <c>=~</c> for one value).</summary>
internal sealed record InAnyCase(string Column, IReadOnlyList<string> Values) : Condition
{
    public override string Kql(string indent) => Values.Count == 1
        ? $"{Column} =~ {KqlStrings.Quote(Values[0])}"
        : $"{Column} in~ {KqlStrings.List(Values, indent)}";

    public override bool Matches(IReadOnlyDictionary<string, string> row) => Values.Any(v => string.Equals(Value(row, Column), v, StringComparison.OrdinalIgnoreCase));

    public override IEnumerable<string> Columns => [Column];
}

/// <summary><c>(Column startswith 'prefix' and Column endswith 'suffix')</c>: a <c>prefix*suffix</c> file name pattern.</summary>
internal sealed record Pattern(string Column, string Prefix, string Suffix) : Condition
{
    public override string Kql(string indent) => $"({Column} startswith {KqlStrings.Quote(Prefix)} and {Column} endswith {KqlStrings.Quote(Suffix)})";

    public override bool Matches(IReadOnlyDictionary<string, string> row)
    {
        string value = Value(row, Column);
        return value.Length >= Prefix.Length + Suffix.Length
            && value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && value.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
    }

    public override IEnumerable<string> Columns => [Column];
}

/// <summary>Every condition holds (rendered on one line, parenthesised when inside an <c>or</c>).</summary>
internal sealed record AllOf(IReadOnlyList<Condition> Parts) : Condition
{
    public override string Kql(string indent) => Parts.Count == 1 ? Parts[0].Kql(indent) : "(" + string.Join(" and ", Parts.Select(p => p.Kql(indent))) + ")";

    public override bool Matches(IReadOnlyDictionary<string, string> row) => Parts.All(p => p.Matches(row));

    public override IEnumerable<string> Columns => Parts.SelectMany(p => p.Columns);
}

/// <summary>Some condition holds (one alternative per line).</summary>
internal sealed record AnyOf(IReadOnlyList<Condition> Parts) : Condition
{
    public override string Kql(string indent) => string.Join($"\n{indent}or ", Parts.Select(p => p.Kql(indent)));

    public override bool Matches(IReadOnlyDictionary<string, string> row) => Parts.Any(p => p.Matches(row));

    public override IEnumerable<string> Columns => Parts.SelectMany(p => p.Columns);
}

/// <summary><c>Column !in~ (...)</c>: none of the values (an empty value passes).</summary>
internal sealed record NotIn(string Column, IReadOnlyList<string> Values) : Condition
{
    public override string Kql(string indent) => $"{Column} !in~ {KqlStrings.List(Values, indent)}";

    public override bool Matches(IReadOnlyDictionary<string, string> row) => !Values.Any(v => string.Equals(Value(row, Column), v, StringComparison.OrdinalIgnoreCase));

    public override IEnumerable<string> Columns => [Column];
}
