using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Inputs;

/// <summary>
/// The inputs of a run: every <c>--data</c> argument expanded into files, each opened by the format
/// that recognises it and assigned to a table (named, or inferred and reported). It is both the
/// binder's schema provider — built-in schemas plus any extra columns the files carry — and the
/// engine's table provider.
/// </summary>
public sealed class InputCatalog : ISchemaProvider, ITableProvider
{
    private readonly ISchemaProvider _builtIn;
    private readonly List<InputFile> _files = [];
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, TableSchema?> _schemas = new(StringComparer.Ordinal);

    private InputCatalog(ISchemaProvider builtIn) => _builtIn = builtIn;

    public IReadOnlyList<InputFile> Files => _files;

    /// <summary>What was decided on the user's behalf (inferred tables), one line each.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public static InputCatalog Open(IEnumerable<InputSpec> specs, IReadOnlyList<IFileFormat> formats, ISchemaProvider builtIn)
    {
        var catalog = new InputCatalog(builtIn);
        foreach (var spec in specs)
        {
            foreach (var path in PathExpansion.Expand(spec.Path, p => IsDataFileName(p, formats)))
            {
                var head = FileHead.Read(path);
                var format = formats.FirstOrDefault(f => f.Recognizes(path, head))
                    ?? throw new InputFileException(path, $"not a recognised telemetry file (supported: {string.Join(", ", formats.Select(f => f.Name))})");
                foreach (var opened in format.Open(path, spec.Table))
                {
                    var statistics = new ScanStatistics(opened.Source.Location, opened.Source.TableName) { Format = format.Name };
                    catalog._files.Add(new InputFile(opened.Source, format.Name, opened.InferredFrom, statistics));
                    if (opened.InferredFrom is not null)
                        catalog._notes.Add($"{path}: table {opened.Source.TableName} (inferred from {opened.InferredFrom})");
                }
            }
        }
        return catalog;
    }

    private static bool IsDataFileName(string path, IReadOnlyList<IFileFormat> formats)
    {
        string name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.EndsWith(".truth.json", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<string> TableNames => _builtIn.TableNames.Concat(_files.Select(f => f.Table)).Distinct();

    /// <summary>The built-in schema of a table extended by the columns its input files add (one schema object per table).</summary>
    public TableSchema? FindTable(string name)
    {
        if (_schemas.TryGetValue(name, out var cached)) return cached;
        var builtIn = _builtIn.FindTable(name);
        var columns = new List<ColumnSymbol>(builtIn?.Columns ?? []);
        var known = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var file in _files.Where(f => f.Table == name))
        {
            foreach (var column in file.Source.Columns)
            {
                if (known.Add(column.Name)) columns.Add(column);
            }
        }
        var schema = builtIn is null && columns.Count == 0 ? null : new TableSchema(name, columns);
        _schemas[name] = schema;
        return schema;
    }

    public IReadOnlyList<ITableSource> SourcesOf(string table) => _files.Where(f => f.Table == table).Select(f => f.Source).ToList();

    public IScanObserver ObserverFor(ITableSource source) => _files.First(f => ReferenceEquals(f.Source, source)).Statistics;

    public IEnumerable<string> Tables => _files.Select(f => f.Table).Distinct();
}
