using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// <c>union</c>: rows of every leg, laid out by the union's columns (a column a leg lacks is null),
/// optionally with the leg's name first (withsource). Completes when every leg has.
/// </summary>
public sealed class UnionOperator
{
    private readonly TableSchema _schema;
    private readonly IReadOnlyList<IReadOnlyList<int>> _mappings;
    private readonly IReadOnlyList<string>? _sourceNames;
    private readonly ISet<int> _needed;
    private readonly IBatchSink _next;
    private int _open;

    public UnionOperator(TableSchema schema, IReadOnlyList<IReadOnlyList<int>> mappings, IReadOnlyList<string>? sourceNames, ISet<int> needed, IBatchSink next)
    {
        _schema = schema;
        _mappings = mappings;
        _sourceNames = sourceNames;
        _needed = needed;
        _next = next;
        _open = mappings.Count;
        Legs = mappings.Select((_, i) => (IBatchSink)new Leg(this, i)).ToArray();
    }

    public IReadOnlyList<IBatchSink> Legs { get; }

    private sealed class Leg(UnionOperator union, int index) : IBatchSink
    {
        public bool WantsMore => union._next.WantsMore;

        public void Push(Batch batch)
        {
            if (batch.RowCount > 0) union._next.Push(union.Map(index, batch));
        }

        public void Complete()
        {
            if (--union._open == 0) union._next.Complete();
        }
    }

    private Batch Map(int leg, Batch batch)
    {
        var columns = new Column?[_schema.Count];
        int offset = _sourceNames is null ? 0 : 1;
        if (_sourceNames is not null && _needed.Contains(0)) columns[0] = StringColumn.Repeat(_sourceNames[leg], batch.RowCount);
        var mapping = _mappings[leg];
        for (int i = 0; i < mapping.Count; i++)
        {
            if (!_needed.Contains(offset + i)) continue;
            columns[offset + i] = mapping[i] >= 0 ? batch.Columns[mapping[i]] : Column.Constant(_schema.Columns[offset + i].Type, null, batch.RowCount);
        }
        return new Batch(columns, batch.RowCount);
    }
}
