using ParquetSharp;
using RmmHunt.Data.Csv.Internals;
using RmmHunt.Engine.Vectors;
using Column = RmmHunt.Engine.Vectors.Column;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// Reads one column of a row group a chunk of rows at a time into a typed column. Fixed-size values
/// are read straight into the result array when no conversion changes their size, then spread over
/// the null rows in place; strings become a dictionary-encoded <see cref="StringColumn"/> through
/// <see cref="ByteArrayCodes"/>, decoding each distinct value of the column chunk once.
/// </summary>
internal sealed partial class ParquetColumnReader : IDisposable
{
    /// <summary>Rows seen before judging a string column's cardinality.</summary>
    private const int Probe = 256;

    private readonly ColumnReader _reader;
    private readonly KqlType _type;
    private readonly ReadBuffers _buffers;
    private readonly short _maxDefinition;
    private readonly long _ticksPerUnit; // for timestamps; 0 = nanoseconds
    private readonly bool _date, _float;
    private readonly LogicalColumnReader? _logical; // decimals and guids: rare, the converting reader is good enough
    private ByteArrayCodes? _codes; // null once the column chunk proves high-cardinality
    private readonly ChunkDictionary? _chunkDictionary;
    private long _stringRows;

    /// <param name="position">The column's place among those read: which of the thread's string codes it uses.</param>
    public ParquetColumnReader(ColumnReader reader, KqlType type, ReadBuffers buffers, int position)
    {
        _reader = reader;
        _type = type;
        _buffers = buffers;
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
        if (type == KqlType.String)
        {
            _codes = buffers.Codes(position);
            _chunkDictionary = buffers.Dictionary(position);
        }
    }

    /// <summary>The next <paramref name="count"/> values; a column that ends before its row group does is damage (<see cref="InvalidDataException"/>).</summary>
    public Column Read(int count)
    {
        if (_logical is not null) return ReadLogical(count);
        return _type switch
        {
            KqlType.String => ReadStrings(count),
            KqlType.Dynamic => ReadCells(count),
            KqlType.Bool => ReadFixed<bool, bool, SameValue<bool>>(count, default),
            KqlType.Int => ReadFixed<int, int, SameValue<int>>(count, default),
            KqlType.Real when _float => ReadFixed<float, double, FloatToDouble>(count, default),
            KqlType.Real => ReadFixed<double, double, SameValue<double>>(count, default),
            KqlType.DateTime when _date => ReadFixed<int, long, DaysToTicks>(count, default),
            KqlType.DateTime when _ticksPerUnit == 0 => ReadFixed<long, long, NanosToTicks>(count, default),
            KqlType.DateTime => ReadFixed<long, long, UnitsToTicks>(count, new UnitsToTicks(_ticksPerUnit)),
            _ => ReadFixed<long, long, SameValue<long>>(count, default), // long, and timespan stored as ticks
        };
    }

    /// <summary>
    /// Passes over the next <paramref name="count"/> values without decoding them (rows no query can keep).
    /// A logical reader buffers values ahead of the physical one, so its values are read and dropped instead.
    /// </summary>
    public void Skip(int count)
    {
        if (_logical is not null)
        {
            ReadLogical(count);
            return;
        }
        long skipped = 0;
        while (skipped < count)
        {
            long step = _reader.Skip(count - skipped);
            if (step <= 0) throw Short((int)skipped, count);
            skipped += step;
        }
    }

    private bool Defined(Span<short> definitions, int level) => _maxDefinition == 0 || definitions[level] == _maxDefinition;

    /// <summary>Reads <paramref name="count"/> rows of a fixed-size physical type (dense non-null values plus definition levels) and spreads them over the rows.</summary>
    private Column ReadFixed<TPhysical, TValue, TConversion>(int count, TConversion conversion)
        where TPhysical : unmanaged where TValue : unmanaged where TConversion : struct, IValueConversion<TPhysical, TValue>
    {
        var typed = (ColumnReader<TPhysical>)_reader;
        var result = GC.AllocateUninitializedArray<TValue>(count);
        // Same-size values are read into the result itself and converted in place.
        var dense = typeof(TPhysical) == typeof(TValue)
            ? System.Runtime.InteropServices.MemoryMarshal.Cast<TValue, TPhysical>(result.AsSpan())
            : _buffers.Dense<TPhysical>(count);
        var definitions = _buffers.Definitions(count);
        int levels = 0, values = 0;
        while (levels < count && typed.HasNext)
        {
            long got = typed.ReadBatch(count - levels, definitions[levels..], default, dense[values..], out long read);
            if (got == 0) break; // no progress: the page is damaged
            levels += (int)got;
            values += (int)read;
        }
        if (levels < count) throw Short(levels, count);
        if (values == count)
        {
            if (typeof(TConversion) != typeof(SameValue<TValue>))
                for (int row = 0; row < count; row++) result[row] = conversion.Convert(dense[row]);
            return new PrimitiveColumn<TValue>(_type, result, null);
        }
        // Backwards, so that a value moved to its row never overwrites one not yet moved.
        NullMask? nulls = null;
        for (int row = count - 1, value = values; row >= 0; row--)
        {
            if (row < levels && Defined(definitions, row)) result[row] = conversion.Convert(dense[--value]);
            else
            {
                result[row] = default;
                (nulls ??= new NullMask(count)).Set(row);
            }
        }
        return new PrimitiveColumn<TValue>(_type, result, nulls);
    }

    /// <summary>
    /// Strings as column-chunk codes. A column chunk whose values prove mostly
    /// distinct (command lines, hashes) is decoded straight to strings from then on: a dictionary
    /// would only cost hashing there.
    /// </summary>
    private Column ReadStrings(int count)
    {
        var codes = _codes;
        if (codes is null) return ReadFlatStrings(count);
        var typed = (ColumnReader<ByteArray>)_reader;
        var result = GC.AllocateUninitializedArray<int>(count);
        var values = _buffers.ByteArrays(count);
        var definitions = _buffers.Definitions(count);
        int levels = 0;
        while (levels < count && typed.HasNext)
        {
            long got = typed.ReadBatch(count - levels, definitions, default, values, out _);
            if (got == 0) break;
            codes.Codes(values, definitions, _maxDefinition, result.AsSpan(levels, (int)got));
            levels += (int)got;
        }
        if (levels < count) throw Short(levels, count);
        return CodedStrings(codes, result);
    }

    /// <summary>
    /// A batch of string codes as a column, counting its rows towards the cardinality probe. The column
    /// chunk's dictionary as it stands serves the batch unless it is much larger than the batch: then a
    /// dictionary of the batch's own values keeps per-value work per batch small.
    /// </summary>
    private Column CodedStrings(ByteArrayCodes codes, int[] result)
    {
        _stringRows += result.Length;
        if (_stringRows >= Probe && codes.Count * 2 > _stringRows) _codes = null;
        return codes.Count <= result.Length ? StringColumn.FromDictionary(result, codes.Snapshot(), result.Length) : _chunkDictionary!.Build(result, result.Length, codes);
    }

    /// <summary>A value's text; null rows and empty values are "" (KQL strings are never null).</summary>
    private static unsafe string Text(ByteArray bytes) => bytes.Length == 0 ? "" : System.Text.Encoding.UTF8.GetString((byte*)bytes.Pointer, bytes.Length);

    private Column ReadFlatStrings(int count)
    {
        var typed = (ColumnReader<ByteArray>)_reader;
        var result = new string[count];
        var values = _buffers.ByteArrays(count);
        var definitions = _buffers.Definitions(count);
        int levels = 0;
        while (levels < count && typed.HasNext)
        {
            long got = typed.ReadBatch(count - levels, definitions, default, values, out _);
            if (got == 0) break;
            for (int i = 0, value = 0; i < got; i++)
            {
                result[levels + i] = Text(Defined(definitions, i) ? values[value++] : default);
            }
            levels += (int)got;
        }
        if (levels < count) throw Short(levels, count);
        return new StringColumn(result);
    }

    private InvalidDataException Short(int levels, int count) =>
        new($"column {_reader.ColumnDescriptor.Name} holds {levels} of the chunk's {count} values");

    /// <summary>Dynamic values: JSON text parsed per row, as CSV cells are.</summary>
    private unsafe Column ReadCells(int count)
    {
        var typed = (ColumnReader<ByteArray>)_reader;
        var cells = CellColumn.Create(_type, count);
        var values = _buffers.ByteArrays(count);
        var definitions = _buffers.Definitions(count);
        int levels = 0;
        while (levels < count && typed.HasNext)
        {
            // The bytes live in ParquetSharp's page buffers until the next call: take them now.
            long got = typed.ReadBatch(count - levels, definitions, default, values, out _);
            if (got == 0) break;
            for (int i = 0, value = 0; i < got; i++)
            {
                if (!Defined(definitions, i))
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
