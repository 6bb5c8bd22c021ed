using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Vectors;

/// <summary>Accumulates values of one KQL type into a new column.</summary>
public abstract class ColumnBuilder
{
    public abstract KqlType Type { get; }
    public abstract int Count { get; }

    /// <summary>Appends a KQL value object (null for null; DateTime for datetime, TimeSpan for timespan...).</summary>
    public abstract void Add(object? value);

    public abstract void AddFrom(Column source, int row);

    /// <summary>Overwrites an already appended entry (used by aggregates that keep one row per group).</summary>
    public abstract void SetFrom(int index, Column source, int row);

    public void AddNull() => Add(null);

    public virtual void AddRange(Column source)
    {
        for (int i = 0; i < source.Length; i++) AddFrom(source, i);
    }

    public abstract Column Build();

    public static ColumnBuilder Create(KqlType type, int capacity = 16) => type switch
    {
        KqlType.Bool => new PrimitiveColumnBuilder<bool>(type, capacity, v => (bool)v),
        KqlType.Int => new PrimitiveColumnBuilder<int>(type, capacity, v => Convert.ToInt32(v)),
        KqlType.Long => new PrimitiveColumnBuilder<long>(type, capacity, v => Convert.ToInt64(v)),
        KqlType.Real => new PrimitiveColumnBuilder<double>(type, capacity, v => Convert.ToDouble(v)),
        KqlType.Decimal => new PrimitiveColumnBuilder<decimal>(type, capacity, v => Convert.ToDecimal(v)),
        KqlType.DateTime => new PrimitiveColumnBuilder<long>(type, capacity, v => ((DateTime)v).Ticks),
        KqlType.TimeSpan => new PrimitiveColumnBuilder<long>(type, capacity, v => ((TimeSpan)v).Ticks),
        KqlType.Guid => new PrimitiveColumnBuilder<Guid>(type, capacity, v => (Guid)v),
        KqlType.String => new StringColumnBuilder(capacity),
        KqlType.Dynamic => new DynamicColumnBuilder(capacity),
        _ => throw new ArgumentException($"no column type for {type}"),
    };

    /// <summary>Concatenates columns of one type.</summary>
    public static Column Concat(KqlType type, IReadOnlyList<Column> parts)
    {
        if (parts.Count == 1) return parts[0];
        var builder = Create(type, parts.Sum(p => p.Length));
        foreach (var part in parts) builder.AddRange(part);
        return builder.Build();
    }
}

public sealed class PrimitiveColumnBuilder<T> : ColumnBuilder where T : unmanaged
{
    private readonly KqlType _type;
    private readonly Func<object, T> _fromObject;
    private T[] _values;
    private bool[]? _isNull;
    private int _count;

    public PrimitiveColumnBuilder(KqlType type, int capacity, Func<object, T> fromObject)
    {
        _type = type;
        _fromObject = fromObject;
        _values = new T[Math.Max(4, capacity)];
    }

    public override KqlType Type => _type;
    public override int Count => _count;

    private void EnsureCapacity(int needed)
    {
        if (needed <= _values.Length) return;
        int size = Math.Max(needed, _values.Length * 2);
        Array.Resize(ref _values, size);
        if (_isNull is not null) Array.Resize(ref _isNull, size);
    }

    private void MarkNull(int index, bool isNull)
    {
        if (!isNull && _isNull is null) return;
        _isNull ??= new bool[_values.Length];
        _isNull[index] = isNull;
    }

    public void AddValue(T value)
    {
        EnsureCapacity(_count + 1);
        _values[_count++] = value;
    }

    public override void Add(object? value)
    {
        EnsureCapacity(_count + 1);
        if (value is null) MarkNull(_count, true);
        else _values[_count] = _fromObject(value);
        _count++;
    }

    public override void AddFrom(Column source, int row)
    {
        EnsureCapacity(_count + 1);
        SetFrom(_count++, source, row);
    }

    public override void SetFrom(int index, Column source, int row)
    {
        var typed = (PrimitiveColumn<T>)source;
        bool isNull = typed.IsNull(row);
        MarkNull(index, isNull);
        if (!isNull) _values[index] = typed.Values[row];
    }

    public override void AddRange(Column source)
    {
        var typed = (PrimitiveColumn<T>)source;
        EnsureCapacity(_count + typed.Length);
        Array.Copy(typed.Values, 0, _values, _count, typed.Length);
        if (typed.Nulls is not null)
        {
            for (int i = 0; i < typed.Length; i++) MarkNull(_count + i, typed.Nulls[i]);
        }
        else if (_isNull is not null) Array.Clear(_isNull, _count, typed.Length);
        _count += typed.Length;
    }

    public override Column Build()
    {
        NullMask? nulls = null;
        if (_isNull is not null)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_isNull[i]) (nulls ??= new NullMask(_count)).Set(i);
            }
        }
        var values = _values.Length == _count ? _values : _values[.._count];
        return new PrimitiveColumn<T>(_type, values, nulls);
    }
}

public sealed class StringColumnBuilder : ColumnBuilder
{
    private readonly List<string> _values;

    public StringColumnBuilder(int capacity) => _values = new List<string>(capacity);

    public override KqlType Type => KqlType.String;
    public override int Count => _values.Count;

    public override void Add(object? value) => _values.Add(value as string ?? Kql.Values.ScalarFormat.ToText(value));

    public override void AddFrom(Column source, int row) => _values.Add(((StringColumn)source)[row]);

    public override void SetFrom(int index, Column source, int row) => _values[index] = ((StringColumn)source)[row];

    public override Column Build() => new StringColumn(_values.ToArray());
}

public sealed class DynamicColumnBuilder : ColumnBuilder
{
    private readonly List<object?> _values;

    public DynamicColumnBuilder(int capacity) => _values = new List<object?>(capacity);

    public override KqlType Type => KqlType.Dynamic;
    public override int Count => _values.Count;

    public override void Add(object? value) => _values.Add(value);

    public override void AddFrom(Column source, int row) => _values.Add(source.GetValue(row));

    public override void SetFrom(int index, Column source, int row) => _values[index] = source.GetValue(row);

    public override Column Build() => new DynamicColumn(_values.ToArray());
}
