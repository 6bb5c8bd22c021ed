using RmmHunt.Kql.Symbols;

namespace RmmHunt.Kql.Binding;

/// <summary>A typed tabular expression with its result schema.</summary>
public abstract record BoundTable(TableSchema Schema);

/// <summary>
/// All rows of a table the run reads from telemetry. <see cref="Optional"/> scans (legs of a wildcard
/// union) do not make a query "not run" when their table has no input.
/// </summary>
public sealed record BoundTableScan(string TableName, TableSchema Schema) : BoundTable(Schema)
{
    public bool Optional { get; init; }
}

/// <summary>Constant rows: <c>datatable</c>, or the single empty row that <c>print</c> projects from.</summary>
public sealed record BoundValues(TableSchema Schema, IReadOnlyList<IReadOnlyList<object?>> Rows) : BoundTable(Schema);

public sealed record BoundFilter(BoundTable Input, BoundExpr Predicate) : BoundTable(Input.Schema);

/// <summary>Output column i is <see cref="Columns"/>[i], computed over the input: project, extend and their kin.</summary>
public sealed record BoundProject(BoundTable Input, IReadOnlyList<BoundExpr> Columns, TableSchema Schema) : BoundTable(Schema);

/// <summary>
/// Groups by <see cref="Keys"/> and computes <see cref="Aggregates"/>. The output has the key columns
/// first, then each aggregate's columns in order.
/// </summary>
public sealed record BoundSummarize(BoundTable Input, IReadOnlyList<BoundExpr> Keys, IReadOnlyList<BoundAggregate> Aggregates, TableSchema Schema) : BoundTable(Schema);

/// <summary>
/// One aggregate. <see cref="Args"/> follow the function's signature; for <c>arg_max</c>/<c>arg_min</c>
/// the first argument is maximised and the rest are the values returned (one output column each).
/// </summary>
public sealed record BoundAggregate(FunctionSymbol Function, IReadOnlyList<BoundExpr> Args, IReadOnlyList<ColumnSymbol> Outputs);

public sealed record BoundSort(BoundTable Input, IReadOnlyList<BoundSortKey> Keys) : BoundTable(Input.Schema);

public sealed record BoundSortKey(BoundExpr Value, bool Descending, bool NullsFirst);

public sealed record BoundTake(BoundTable Input, long Count) : BoundTable(Input.Schema);

/// <summary><c>top N by key</c>: the first N rows in key order.</summary>
public sealed record BoundTop(BoundTable Input, long Count, IReadOnlyList<BoundSortKey> Keys) : BoundTable(Input.Schema);

public enum JoinKind { InnerUnique, Inner, LeftOuter, RightOuter, FullOuter, LeftSemi, RightSemi, LeftAnti, RightAnti }

/// <summary>
/// A join on equal keys. The output is the left columns then the right columns (renamed on clashes)
/// for inner and outer kinds, only one side's columns for semi and anti kinds; <c>lookup</c> drops the
/// right key columns (<see cref="RightOutputs"/> lists the right columns that appear in the output).
/// </summary>
public sealed record BoundJoin(BoundTable Left, BoundTable Right, JoinKind Kind, IReadOnlyList<BoundExpr> LeftKeys,
    IReadOnlyList<BoundExpr> RightKeys, IReadOnlyList<int> RightOutputs, TableSchema Schema) : BoundTable(Schema);

/// <summary>
/// Rows of all legs; output column i of leg k comes from <see cref="Mappings"/>[k][i] (-1: null), and
/// <see cref="SourceNames"/>[k] fills the withsource column when there is one (at position 0).
/// </summary>
public sealed record BoundUnion(IReadOnlyList<BoundTable> Legs, IReadOnlyList<IReadOnlyList<int>> Mappings,
    IReadOnlyList<string>? SourceNames, TableSchema Schema) : BoundTable(Schema);

/// <summary>One mv-expand expansion: the expression, the output column it fills, and the element type (dynamic unless <c>to typeof()</c>).</summary>
public sealed record BoundExpansion(BoundExpr Value, int Output, KqlType Type);

/// <summary>
/// Rows repeated once per element of the expanded arrays (in parallel, the longest wins and the
/// others are padded with null). <see cref="Passthrough"/>[i] is the input column copied to output i, or -1.
/// </summary>
public sealed record BoundMvExpand(BoundTable Input, IReadOnlyList<BoundExpansion> Expansions, IReadOnlyList<int> Passthrough,
    bool BagsAsArrays, int? ItemIndexOutput, long Limit, TableSchema Schema) : BoundTable(Schema);

/// <summary>A column a parse pattern extracts: the regex group that fills it, its output position and type.</summary>
public sealed record BoundCapture(string Group, int Output, KqlType Type);

/// <summary>
/// <c>parse</c>: the pattern as a regular expression over the source text. A row that does not match
/// gets nulls in every extracted column (<see cref="Relaxed"/>: only in the columns that do not
/// convert); <see cref="DropFailed"/> (parse-where) drops it instead.
/// </summary>
public sealed record BoundParse(BoundTable Input, BoundExpr Source, string Regex, IReadOnlyList<BoundCapture> Captures,
    IReadOnlyList<int> Passthrough, bool Relaxed, bool DropFailed, TableSchema Schema) : BoundTable(Schema);

/// <summary>
/// <c>materialize(T)</c>: T is computed once per query and every reference reads the same rows (the
/// planner shares one pipeline among references to the same node).
/// </summary>
public sealed record BoundMaterialize(BoundTable Input) : BoundTable(Input.Schema)
{
    // Reference identity, not value equality: each materialize() call is its own cached result.
    public bool Equals(BoundMaterialize? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>range x from a to b step s</c>: one column of values from a to b inclusive (constant bounds).</summary>
public sealed record BoundRange(BoundExpr From, BoundExpr To, BoundExpr Step, TableSchema Schema) : BoundTable(Schema);

/// <summary>
/// <c>externaldata</c>: rows read from the given URLs. Offline, each URL must be mapped to a local
/// file; nothing is ever fetched from the network.
/// </summary>
public sealed record BoundExternalData(IReadOnlyList<string> Urls, string Format, bool IgnoreFirstRecord, TableSchema Schema) : BoundTable(Schema);

/// <summary>
/// <c>make-series</c>: per group (the keys), one array per series with a value for every bin of the
/// axis from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive) by <see cref="Step"/>; bins
/// without rows get the series' default. The aggregates are computed per group and bin, then each
/// series value is an expression over them (<c>sum(x)/1000</c>); the last column is the axis of bin starts.
/// </summary>
public sealed record BoundMakeSeries(BoundTable Input, IReadOnlyList<BoundExpr> Keys, IReadOnlyList<BoundAggregate> Aggregates,
    IReadOnlyList<BoundExpr> SeriesValues, IReadOnlyList<object?> Defaults, BoundExpr Axis, BoundExpr? From, BoundExpr? To, BoundExpr Step,
    TableSchema Schema) : BoundTable(Schema)
{
    /// <summary>kind=nonempty: without input rows (and without by) one row of defaults is still returned.</summary>
    public bool NonEmpty { get; init; }
}

/// <summary>The per-record table an mv-apply subquery starts from (its expanded columns).</summary>
public sealed record BoundSubtable(TableSchema Schema) : BoundTable(Schema)
{
    public bool Equals(BoundSubtable? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>mv-apply</c>: each record is expanded (like mv-expand) into <see cref="Source"/>'s rows, the
/// subquery runs over them, and each output row gets the record's other columns
/// (<see cref="Passthrough"/>, input ordinals) first, then the subquery's columns.
/// </summary>
public sealed record BoundMvApply(BoundTable Input, IReadOnlyList<BoundExpansion> Expansions, int? ItemIndexOutput, long Limit,
    BoundSubtable Source, BoundTable Subquery, IReadOnlyList<int> Passthrough, TableSchema Schema) : BoundTable(Schema);

/// <summary><c>serialize</c>: the same rows, now in a fixed order that window functions may rely on.</summary>
public sealed record BoundSerialize(BoundTable Input) : BoundTable(Input.Schema);

/// <summary>
/// <c>evaluate bag_unpack(bag[, prefix])</c>: one column per property name the bag holds in the data
/// (found when the query was bound), replacing the bag column.
/// </summary>
public sealed record BoundBagUnpack(BoundTable Input, BoundExpr Bag, IReadOnlyList<string> Keys, IReadOnlyList<int> Passthrough, TableSchema Schema) : BoundTable(Schema);

/// <summary>
/// <c>partition by Key ( subquery )</c>: the input's rows grouped by <see cref="Key"/> (a column), the
/// subquery run over each group from <see cref="Source"/>, and the results concatenated. More than
/// <see cref="MaxPartitions"/> distinct keys is an error, as in Kusto.
/// </summary>
public sealed record BoundPartition(BoundTable Input, BoundColumn Key, BoundSubtable Source, BoundTable Subquery, int MaxPartitions, TableSchema Schema) : BoundTable(Schema);

/// <summary>
/// <c>evaluate ipv4_lookup(Lookup, SourceKey, LookupKey, extra keys..., return_unmatched)</c>: each input
/// row joined with every lookup row whose IPv4 range (<see cref="LookupKey"/>, prefix notation) holds its
/// address (<see cref="SourceKey"/>) and whose <see cref="ExtraKeys"/> equal the row's. Output: the input
/// columns, then the lookup columns in <see cref="LookupOutputs"/> (the extra keys appear once, from the input).
/// </summary>
public sealed record BoundIpv4Lookup(BoundTable Input, BoundTable Lookup, BoundExpr SourceKey, BoundExpr LookupKey,
    IReadOnlyList<(int Input, int Lookup)> ExtraKeys, bool ReturnUnmatched, IReadOnlyList<int> LookupOutputs, TableSchema Schema) : BoundTable(Schema);

/// <summary>One scan step: its condition and assignments (declared column index, value), bound over <see cref="BoundScan"/>'s row layout.</summary>
public sealed record BoundScanStep(string Name, bool Output, BoundExpr Condition, IReadOnlyList<(int Declared, BoundExpr Value)> Assignments);

/// <summary>
/// <c>scan</c> (scan-operator.md). Conditions and assignments are evaluated over one row laid out as: the
/// input columns, the declared columns (the record's own values), then for each step in order the input
/// and declared columns of that step's record in the state being tested (null where there is none). The
/// output is the input columns, the declared columns and, with with_match_id, the match id (long).
/// </summary>
public sealed record BoundScan(BoundTable Input, IReadOnlyList<ColumnSymbol> Declared, IReadOnlyList<object?> Defaults,
    IReadOnlyList<BoundScanStep> Steps, bool MatchId, TableSchema Schema) : BoundTable(Schema)
{
    /// <summary>The columns of one record: the input's and the declared ones.</summary>
    public int RecordWidth => Input.Schema.Count + Declared.Count;
}
