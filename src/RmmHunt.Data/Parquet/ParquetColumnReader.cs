using ParquetSharp;
using RmmHunt.Data.Csv.Internals;
using RmmHunt.Engine.Vectors;
using Column = RmmHunt.Engine.Vectors.Column;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// Reads one column of a row group a chunk of rows at a time into a typed column. Fixed-size values
/// are copied straight from ParquetSharp's buffers (no per-value object); strings go through the same
/// <see cref="StringCells"/> as CSV cells, so a dictionary-encoded Parquet column becomes a
/// dictionary-encoded <see cref="StringColumn"/> again without a string decoded per row.
/// </summary>
internal sealed class ParquetColumnReader : IDisposable
{
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    private readonly ColumnReader _reader;
    private readonly KqlType _type;
    private readonly short _maxDefinition;
    private readonly long _ticksPerUnit; // for timestamps; 0 = nanoseconds (divide by 100)
    private readonly bool _date, _float;
    private readonly LogicalColumnReader? _logical; // decimals and guids: rare, the converting reader is good enough
    private short[] _definitions = new short[4096];

    public ParquetColumnReader(ColumnReader reader, KqlType type)
    {
        _reader = reader;
        _type = type;
        var descriptor = reader.ColumnDescriptor;
        _maxDefinition = descriptor.MaxDefinitionLevel;
        using var logical = descriptor.LogicalType;
        _date = logical is DateLogicalType;
        _float = descriptor.PhysicalType == PhysicalType.Float;
        if (logical is TimestampLogicalType timestamp)
        {
            _ticksPerUnit = timestamp.TimeUnit switch
            {
                TimeUnit.Millis => TimeSpan.TicksPerMillisecond,
                TimeUnit.Micros => 10,
                _ => 0,
            };
        }
        if (type is KqlType.Decimal or KqlType.Guid) _logical = reader.LogicalReader();
    }

    /// <summary>The next <paramref name="count"/> values; a column that ends before its row group does is damage (<see cref="InvalidDataException"/>).</summary>
    public Column Read(int count)
    {
        if (_logical is not null) return ReadLogical(count);
        return _type switch
        {
            KqlType.String or KqlType.Dynamic => ReadBytes(count),
            KqlType.Bool => ReadFixed<bool, bool>(count, v => v),
            KqlType.Int => ReadFixed<int, int>(count, v => v),
            KqlType.Real when _float => ReadFixed<float, double>(count, v => v),
            KqlType.Real => ReadFixed<double, double>(count, v => v),
            KqlType.DateTime when _date => ReadFixed<int, long>(count, days => UnixEpochTicks + days * TimeSpan.TicksPerDay),
            KqlType.DateTime => ReadFixed<long, long>(count, ToTicks),
            _ => ReadFixed<long, long>(count, v => v), // long, and timespan stored as ticks
        };
    }

    private long ToTicks(long value) => UnixEpochTicks + (_ticksPerUnit == 0 ? value / 100 : value * _ticksPerUnit);

    /// <summary>Reads <paramref name="count"/> rows of a fixed-size physical type (dense non-null values plus definition levels) and spreads them over the rows.</summary>
    private Column ReadFixed<TPhysical, TValue>(int count, Func<TPhysical, TValue> convert) where TPhysical : unmanaged where TValue : unmanaged
    {
        var typed = (ColumnReader<TPhysical>)_reader;
        var dense = new TPhysical[count];
        if (_definitions.Length < count) _definitions = new short[count];
        int levels = 0, values = 0;
        while (levels < count && typed.HasNext)
        {
            long got = typed.ReadBatch(count - levels, _definitions.AsSpan(levels), default, dense.AsSpan(values), out long read);
            if (got == 0) break; // no progress: the page is damaged
            levels += (int)got;
            values += (int)read;
        }
        if (levels < count) throw Short(levels, count);
        var result = new TValue[count];
        NullMask? nulls = null;
        for (int row = 0, value = 0; row < count; row++)
        {
            if (row < levels && (_maxDefinition == 0 || _definitions[row] == _maxDefinition)) result[row] = convert(dense[value++]);
            else (nulls ??= new NullMask(count)).Set(row);
        }
        return new PrimitiveColumn<TValue>(_type, result, nulls);
    }

    private InvalidDataException Short(int levels, int count) =>
        new($"column {_reader.ColumnDescriptor.Name} holds {levels} of the chunk's {count} values");

    private unsafe Column ReadBytes(int count)
    {
        var typed = (ColumnReader<ByteArray>)_reader;
        var cells = CellColumn.Create(_type, count);
        var values = new ByteArray[Math.Min(count, 4096)];
        if (_definitions.Length < values.Length) _definitions = new short[values.Length];
        int levels = 0;
        while (levels < count && typed.HasNext)
        {
            // The bytes live in ParquetSharp's page buffers until the next call: take them now.
            long got = typed.ReadBatch(Math.Min(values.Length, count - levels), _definitions, default, values, out _);
            if (got == 0) break;
            for (int i = 0, value = 0; i < got; i++)
            {
                if (_maxDefinition > 0 && _definitions[i] != _maxDefinition)
                {
                    cells.AddEmpty();
                    continue;
                }
                var bytes = values[value++];
                var text = new ReadOnlySpan<byte>((void*)bytes.Pointer, bytes.Length);
                // Strings and dynamic values always convert (text that is not JSON stays a dynamic string).
                if (text.Length == 0 || !cells.TryAdd(text)) cells.AddEmpty();
            }
            levels += (int)got;
        }
        if (levels < count) throw Short(levels, count);
        return cells.Build();
    }

    private Column ReadLogical(int count)
    {
        var builder = ColumnBuilder.Create(_type, count);
        if (_logical is LogicalColumnReader<decimal?> decimals)
        {
            var buffer = new decimal?[count];
            int read = decimals.ReadBatch(buffer);
            if (read < count) throw Short(read, count);
            for (int i = 0; i < count; i++) builder.Add(buffer[i]);
        }
        else if (_logical is LogicalColumnReader<Guid?> guids)
        {
            var buffer = new Guid?[count];
            int read = guids.ReadBatch(buffer);
            if (read < count) throw Short(read, count);
            for (int i = 0; i < count; i++) builder.Add(buffer[i]);
        }
        else for (int i = 0; i < count; i++) builder.AddNull();
        return builder.Build();
    }

    public void Dispose()
    {
        _logical?.Dispose();
        _reader.Dispose();
    }
}
