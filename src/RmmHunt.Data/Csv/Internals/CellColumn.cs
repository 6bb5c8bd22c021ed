using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Builds one column of a batch from field texts. A row is added cell by cell across columns; when a
/// later cell of the row fails, <see cref="Truncate"/> takes the row back out of every column.
/// </summary>
internal abstract class CellColumn
{
    public abstract int Count { get; }

    /// <summary>An empty field: null, or the empty string for a string column.</summary>
    public abstract void AddEmpty();

    /// <summary>Adds a non-empty field's text; false when it is not a value of the column's type.</summary>
    public abstract bool TryAdd(ReadOnlySpan<byte> text);

    public abstract void Truncate(int count);

    public abstract Column Build();

    public static CellColumn Create(KqlType type, int capacity) => type switch
    {
        KqlType.String => new StringCells(capacity),
        KqlType.Dynamic => new DynamicCells(capacity),
        KqlType.Bool => new PrimitiveCells<bool>(type, capacity, CellParsers.Bool),
        KqlType.Int => new PrimitiveCells<int>(type, capacity, CellParsers.Int),
        KqlType.Long => new PrimitiveCells<long>(type, capacity, CellParsers.Long),
        KqlType.Real => new PrimitiveCells<double>(type, capacity, CellParsers.Double),
        KqlType.Decimal => new PrimitiveCells<decimal>(type, capacity, CellParsers.Decimal),
        KqlType.DateTime => new PrimitiveCells<long>(type, capacity, CellParsers.DateTimeTicks),
        KqlType.TimeSpan => new PrimitiveCells<long>(type, capacity, CellParsers.TimeSpanTicks),
        KqlType.Guid => new PrimitiveCells<Guid>(type, capacity, CellParsers.Guid),
        _ => throw new ArgumentException($"no CSV reader for type {type}"),
    };
}

/// <summary>Fixed-size values with a null mask.</summary>
internal sealed class PrimitiveCells<T> : CellColumn where T : unmanaged
{
    private readonly KqlType _type;
    private readonly CellParser<T> _parse;
    private T[] _values;
    private bool[]? _nulls;
    private int _count;

    public PrimitiveCells(KqlType type, int capacity, CellParser<T> parse)
    {
        _type = type;
        _parse = parse;
        _values = new T[Math.Max(capacity, 16)];
    }

    public override int Count => _count;

    public override void AddEmpty()
    {
        Reserve();
        _nulls ??= new bool[_values.Length];
        _values[_count] = default;
        _nulls[_count++] = true;
    }

    public override bool TryAdd(ReadOnlySpan<byte> text)
    {
        Reserve();
        if (!_parse(text, out _values[_count])) return false;
        if (_nulls is not null) _nulls[_count] = false;
        _count++;
        return true;
    }

    public override void Truncate(int count) => _count = count;

    public override Column Build()
    {
        NullMask? mask = null;
        if (_nulls is not null)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_nulls[i]) (mask ??= new NullMask(_count)).Set(i);
            }
        }
        var values = _values.Length == _count ? _values : _values[.._count];
        return new PrimitiveColumn<T>(_type, values, mask);
    }

    private void Reserve()
    {
        if (_count < _values.Length) return;
        Array.Resize(ref _values, _values.Length * 2);
        if (_nulls is not null) Array.Resize(ref _nulls, _values.Length);
    }
}
