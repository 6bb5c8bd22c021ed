using RmmHunt.Kql.Symbols;

namespace RmmHunt.Kql.Binding;

/// <summary>A typed tabular expression with its result schema.</summary>
public abstract record BoundTable(TableSchema Schema);

/// <summary>All rows of a table the run reads from telemetry.</summary>
public sealed record BoundTableScan(string TableName, TableSchema Schema) : BoundTable(Schema);

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
