using ParquetSharp;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// Writes batches of one table to a Parquet file: typed columns, Snappy pages, dictionary-encoded
/// strings (ParquetSharp falls back to plain pages for a column whose dictionary grows too large),
/// integer columns whose values are mostly distinct delta-encoded instead (<see cref="DeltaColumns"/>),
/// min/max statistics per row group (what lets a later scan skip row groups by time), and the table
/// name and KQL types in the file's metadata so that a later run reads the file back exactly.
/// </summary>
public sealed class ParquetTableWriter : IDisposable
{
    /// <summary>Rows per row group: small enough that time pruning skips a useful share of a sorted file, large enough for good compression.</summary>
    public const int DefaultRowGroupRows = 128 * 1024;

    private static readonly long MinNanosTicks = DateTimeNanos.MinDateTimeValue.Ticks;
    private static readonly long MaxNanosTicks = DateTimeNanos.MaxDateTimeValue.Ticks;

    private readonly string _path;
    private readonly IReadOnlyList<ColumnSymbol> _columns;
    private readonly Dictionary<string, string> _metadata;
    private readonly int _rowGroupRows;
    private ParquetFileWriter? _writer; // opened with the first row group, whose values choose the encodings
    private readonly List<Batch> _pending = [];
    private int _pendingRows;

    public ParquetTableWriter(string path, string table, IReadOnlyList<ColumnSymbol> columns, int rowGroupRows = DefaultRowGroupRows)
    {
        _path = path;
        _columns = columns;
        _rowGroupRows = rowGroupRows;
        _metadata = new Dictionary<string, string> { [ParquetSchema.TableKey] = table, [ParquetSchema.TypesKey] = ParquetSchema.EncodeTypes(columns) };
    }

    private ParquetFileWriter Open(IEnumerable<string> deltaColumns)
    {
        using var builder = new WriterPropertiesBuilder()
            .Compression(ParquetSharp.Compression.Snappy).EnableDictionary().EnableStatistics().MaxRowGroupLength(_rowGroupRows)
            .CreatedBy("rmmhunt convert");
        foreach (string column in deltaColumns) builder.DisableDictionary(column).Encoding(column, ParquetSharp.Encoding.DeltaBinaryPacked);
        using var properties = builder.Build();
        return new ParquetFileWriter(_path, _columns.Select(ParquetSchema.ColumnFor).ToArray(), properties, _metadata);
    }

    /// <summary>Datetimes outside what nanosecond timestamps hold (years 1677–2262), written as null.</summary>
    public long OutOfRangeDateTimes { get; private set; }

    public long Rows { get; private set; }

    /// <summary>Appends a batch laid out by the writer's columns (every column loaded).</summary>
    public void Write(Batch batch)
    {
        if (batch.RowCount == 0) return;
        _pending.Add(batch);
        _pendingRows += batch.RowCount;
        Rows += batch.RowCount;
        if (_pendingRows >= _rowGroupRows) Flush();
    }

    private void Flush()
    {
        if (_pendingRows == 0) return;
        _writer ??= Open(DeltaColumns.Of(_columns, _pending));
        using var group = _writer.AppendRowGroup();
        for (int c = 0; c < _columns.Count; c++)
        {
            using var column = group.NextColumn();
            WriteColumn(column, _columns[c].Type, c);
        }
        _pending.Clear();
        _pendingRows = 0;
    }

    private void WriteColumn(ColumnWriter column, KqlType type, int c)
    {
        switch (type)
        {
            case KqlType.Bool: Write(column, Values<bool?>(c, v => (bool?)v)); break;
            case KqlType.Int: Write(column, Values<int?>(c, v => (int?)v)); break;
            case KqlType.Long: Write(column, Values<long?>(c, v => (long?)v)); break;
            case KqlType.TimeSpan: Write(column, Values<long?>(c, v => ((TimeSpan?)v)?.Ticks)); break;
            case KqlType.Real: Write(column, Values<double?>(c, v => (double?)v)); break;
            case KqlType.Decimal: Write(column, Values<decimal?>(c, v => (decimal?)v)); break;
            case KqlType.Guid: Write(column, Values<Guid?>(c, v => (Guid?)v)); break;
            case KqlType.DateTime: Write(column, Values<DateTimeNanos?>(c, v => Nanos((DateTime?)v))); break;
            case KqlType.Dynamic: Write(column, Values<string?>(c, v => v is null ? null : DynJson.Serialize(v))); break;
            default: Write(column, Values<string?>(c, v => (string?)v ?? "")); break;
        }
    }

    private DateTimeNanos? Nanos(DateTime? value)
    {
        if (value is not { } time) return null;
        if (time.Ticks >= MinNanosTicks && time.Ticks <= MaxNanosTicks) return new DateTimeNanos(time);
        OutOfRangeDateTimes++;
        return null;
    }

    private T[] Values<T>(int c, Func<object?, T> convert)
    {
        var values = new T[_pendingRows];
        int i = 0;
        foreach (var batch in _pending)
        {
            var column = batch.Column(c);
            for (int row = 0; row < batch.RowCount; row++) values[i++] = convert(column.GetValue(row));
        }
        return values;
    }

    private static void Write<T>(ColumnWriter column, T[] values)
    {
        using var writer = column.LogicalWriter<T>();
        writer.WriteBatch(values);
    }

    public void Dispose()
    {
        Flush();
        _writer ??= Open([]); // no rows: the schema and metadata alone
        _writer.Close();
        _writer.Dispose();
    }
}
