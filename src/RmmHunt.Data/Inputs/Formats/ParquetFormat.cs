using RmmHunt.Data.Parquet;
using RmmHunt.Data.Schemas;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Inputs.Formats;

/// <summary>
/// Parquet files (those <c>rmmhunt convert</c> writes, and other writers'). The table comes from the
/// file's own metadata when RmmHunt wrote it, else from its name, its folder's name
/// (<c>DeviceNetworkEvents/part-0.parquet</c>), or its columns.
/// </summary>
public sealed class ParquetFormat(InputLimits? limits = null) : IFileFormat
{
    private readonly InputLimits _limits = limits ?? InputLimits.Default;

    public string Name => "parquet";

    public bool Recognizes(string path, ReadOnlySpan<byte> head) => head.StartsWith("PAR1"u8);

    public IReadOnlyList<OpenedInput> Open(string path, string? table)
    {
        using var local = ParquetFiles.Local(path, _limits);
        using var file = ParquetFiles.OpenReader(path, local.Path);
        var (keyValues, stored) = ParquetFiles.Guard(path, () =>
        {
            var metadata = file.FileMetaData;
            var keyValues = metadata.KeyValueMetadata;
            var declared = ParquetSchema.DecodeTypes(keyValues.GetValueOrDefault(ParquetSchema.TypesKey));
            var stored = new Dictionary<string, KqlType>(StringComparer.Ordinal);
            for (int f = 0; f < metadata.NumColumns; f++)
            {
                var column = metadata.Schema.Column(f);
                var physical = ParquetSchema.TypeOf(column);
                // Nested and repeated columns, INT96 timestamps: not telemetry columns RmmHunt can type; left out.
                if (physical is not null && column.MaxRepetitionLevel == 0) stored.TryAdd(column.Name, declared.TryGetValue(column.Name, out var exact) ? exact : physical.Value);
            }
            return (keyValues, stored);
        });
        string? inferredFrom = null;
        if (table is null)
        {
            if (keyValues.GetValueOrDefault(ParquetSchema.TableKey) is { Length: > 0 } written)
                (table, inferredFrom) = (written, "the file's metadata (written by rmmhunt convert)");
            else
            {
                var inference = new TableInference();
                string folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? "";
                var guess = inference.FromFileName(path) ?? inference.FromFileName(folder) ?? inference.FromHeader(stored.Keys.ToList())
                    ?? throw new InputFileException(path, $"cannot tell which table this file holds; name it with --data TABLE={path}");
                (table, inferredFrom) = (guess.Table.Name, guess.Rule == InferenceRule.FileName && inference.FromFileName(path) is null
                    ? $"folder name '{folder}'" : guess.Reason);
            }
        }
        var builtIn = BuiltInSchemas.Instance.FindTable(table);
        var columns = stored.Select(c => builtIn?.Find(c.Key) ?? new ColumnSymbol(c.Key, c.Value)).ToList();
        return [new OpenedInput(new ParquetTableSource(path, table, columns, stored, _limits), inferredFrom)];
    }
}
