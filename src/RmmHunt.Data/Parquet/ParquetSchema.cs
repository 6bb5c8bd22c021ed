using ParquetSharp;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// How KQL types are stored in Parquet, and read back. Files RmmHunt writes carry the table name and
/// each column's KQL type in the file's key-value metadata, so every type comes back exactly (dynamic
/// and timespan have no Parquet type of their own); other files are typed from their Parquet types.
/// datetime is a UTC timestamp in nanoseconds: Defender keeps 100-ns precision, which microseconds would lose.
/// </summary>
internal static class ParquetSchema
{
    public const string TableKey = "rmmhunt.table";
    public const string TypesKey = "rmmhunt.kql_types";

    public static ParquetSharp.Column ColumnFor(ColumnSymbol column) => column.Type switch
    {
        KqlType.Bool => new Column<bool?>(column.Name),
        KqlType.Int => new Column<int?>(column.Name),
        KqlType.Long or KqlType.TimeSpan => new Column<long?>(column.Name),
        KqlType.Real => new Column<double?>(column.Name),
        KqlType.Decimal => new Column<decimal?>(column.Name, LogicalType.Decimal(29, 7)),
        KqlType.DateTime => new Column<DateTimeNanos?>(column.Name),
        KqlType.Guid => new Column<Guid?>(column.Name),
        KqlType.Dynamic => new Column<string>(column.Name, LogicalType.Json()),
        _ => new Column<string>(column.Name, LogicalType.String()),
    };

    public static string EncodeTypes(IEnumerable<ColumnSymbol> columns) => string.Join(",", columns.Select(c => $"{c.Name}:{c.Type.Name()}"));

    public static Dictionary<string, KqlType> DecodeTypes(string? text)
    {
        var types = new Dictionary<string, KqlType>(StringComparer.Ordinal);
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = part.LastIndexOf(':');
            if (colon > 0 && KqlTypes.TryParse(part[(colon + 1)..], out var type)) types[part[..colon]] = type;
        }
        return types;
    }

    /// <summary>The KQL type of a column of another writer's file, or null when RmmHunt cannot read it (nested, INT96...).</summary>
    public static KqlType? TypeOf(ColumnDescriptor column)
    {
        using var logical = column.LogicalType;
        return column.PhysicalType switch
        {
            PhysicalType.Boolean => KqlType.Bool,
            PhysicalType.Int32 when logical is DateLogicalType => KqlType.DateTime,
            PhysicalType.Int32 when logical is DecimalLogicalType => KqlType.Decimal,
            PhysicalType.Int32 => KqlType.Int,
            PhysicalType.Int64 when logical is TimestampLogicalType => KqlType.DateTime,
            PhysicalType.Int64 when logical is DecimalLogicalType => KqlType.Decimal,
            PhysicalType.Int64 => KqlType.Long,
            PhysicalType.Float or PhysicalType.Double => KqlType.Real,
            PhysicalType.ByteArray when logical is JsonLogicalType => KqlType.Dynamic,
            PhysicalType.ByteArray when logical is DecimalLogicalType => KqlType.Decimal,
            PhysicalType.ByteArray => KqlType.String,
            PhysicalType.FixedLenByteArray when logical is UuidLogicalType => KqlType.Guid,
            PhysicalType.FixedLenByteArray when logical is DecimalLogicalType => KqlType.Decimal,
            _ => null,
        };
    }
}
