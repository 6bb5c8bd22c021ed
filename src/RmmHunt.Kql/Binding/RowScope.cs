using RmmHunt.Kql.Symbols;

namespace RmmHunt.Kql.Binding;

/// <summary>
/// The columns a scalar expression can name: the input of the operator, plus the columns the same
/// operator defined earlier (<c>extend a = 1, b = a + 1</c>), which resolve to their expressions.
/// </summary>
internal sealed class RowScope
{
    private readonly Dictionary<string, BoundExpr> _defined = new(StringComparer.Ordinal);

    public RowScope(TableSchema input) => Input = input;

    public TableSchema Input { get; }

    /// <summary>Resolves <c>Step.Column</c> (scan's references to its state) before member access on a value.</summary>
    public Func<string, string, BoundExpr?>? Qualified { get; init; }

    public void Define(string name, BoundExpr value) => _defined[name] = value;

    public BoundExpr? Resolve(string name)
    {
        if (_defined.TryGetValue(name, out var value)) return value;
        int ordinal = Input.IndexOf(name);
        return ordinal < 0 ? null : new BoundColumn(ordinal, name, Input.Columns[ordinal].Type);
    }

    public IEnumerable<string> Names => Input.Columns.Select(c => c.Name).Concat(_defined.Keys);
}
