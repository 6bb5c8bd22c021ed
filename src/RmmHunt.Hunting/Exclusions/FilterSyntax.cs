namespace RmmHunt.Hunting.Exclusions;

/// <summary>
/// The syntax tree of an exclusion filter such as
/// <c>process.parent_process_name:"Task Scheduler" or not network.destination_port:"443"</c>.
/// Positions are character offsets in the filter text.
/// </summary>
internal abstract record FilterNode(int Start);

/// <summary><c>field:"value"</c>.</summary>
internal sealed record FilterTerm(int Start, string Field, int ValueStart, string Value) : FilterNode(Start);

/// <summary><c>not operand</c>.</summary>
internal sealed record FilterNot(int Start, FilterNode Operand) : FilterNode(Start);

/// <summary>
/// <c>a and b and ...</c> or <c>a or b or ...</c>, kept as one list rather than a chain of pairs so that a
/// long filter does not become a deep tree to recurse through.
/// </summary>
internal sealed record FilterGroup(bool IsAnd, IReadOnlyList<FilterNode> Operands) : FilterNode(Operands[0].Start);

/// <summary>A problem in a filter, at a character offset of its text.</summary>
internal sealed record FilterError(int Offset, string Code, string Message);
