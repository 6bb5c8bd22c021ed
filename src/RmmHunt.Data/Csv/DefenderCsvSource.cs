using RmmHunt.Data.Csv.Internals;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Csv;

/// <summary>
/// A Defender advanced-hunting portal CSV export (also the Sentinel portal's, whose header suffixes
/// <c>[UTC]</c>/<c>[Local Time]</c> are stripped) as a table source.
/// <para>
/// The reader is written by hand on raw UTF-8 bytes rather than on a CSV library (design.md lists Sep), because the
/// prefilter (decision 3 of design.md) must run on each row's raw bytes <em>before</em> any decoding or
/// field splitting: in a hunt almost every row fails the needles, so splitting them first would spend
/// most of the scan on rows that are thrown away. Blocks of a few megabytes are read and parsed by worker
/// threads (see <see cref="ChunkPipeline"/>), so memory stays bounded whatever the file size.
/// </para>
/// Every data row ends up in exactly one of the observer's counts: read, skipped by the prefilter, or
/// rejected (with its line, column and reason). Only the requested columns are converted, so only
/// their values can reject a row; every parsed row is checked for its field count and quoting.
/// Bad data never throws; I/O errors do, naming the file.
/// </summary>
public sealed class DefenderCsvSource : ITableSource
{
    private readonly CsvReadOptions _options;

    /// <param name="table">The built-in table the file holds; it types the header columns it knows.</param>
    public DefenderCsvSource(string path, TableSchema table, CsvReadOptions? options = null)
    {
        Location = path;
        TableName = table.Name;
        _options = options ?? CsvReadOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BlockSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxRowBytes, 1, nameof(options));
        Header = CsvHeader.Read(path, _options.MaxRowBytes);
        var columns = new List<ColumnSymbol>();
        var extra = new List<ColumnSymbol>();
        foreach (string name in Header.Names.Distinct())
        {
            var known = table.Find(name);
            columns.Add(known ?? new ColumnSymbol(name, KqlType.String));
            if (known is null) extra.Add(columns[^1]);
        }
        Columns = columns;
        ExtraColumns = extra;
    }

    public string TableName { get; }

    public string Location { get; }

    /// <summary>The header's columns in file order, typed by the table; columns the table lacks are strings.</summary>
    public IReadOnlyList<ColumnSymbol> Columns { get; }

    /// <summary>Header columns the built-in table does not have (kept, as strings).</summary>
    public IReadOnlyList<ColumnSymbol> ExtraColumns { get; }

    /// <summary>The header as read when the source was opened.</summary>
    public CsvHeader Header { get; }

    public IEnumerable<Batch> Scan(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation)
    {
        return Compression.InputStream.IsGzipFile(Location) ? ScanCompressed(table, request, observer, cancellation) : ScanPlain(table, request, observer, cancellation);
    }

    private IEnumerable<Batch> ScanPlain(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation)
    {
        using var stream = CsvFile.OpenRead(Location);
        var header = CsvFile.Guard(Location, () => CsvHeader.Read(stream, _options.MaxRowBytes, Location));
        observer.BytesRead(header.DataOffset);
        CsvFile.Guard(Location, () => stream.Seek(header.DataOffset, SeekOrigin.Begin));
        var layout = Layout(table, request, header, observer);
        var options = ChunkPipeline.Shape(_options, layout);
        using IChunkProducer producer = options.ParallelReads
            ? new FileChunkProducer(stream.SafeFileHandle, header.DataOffset, Location, options)
            : new StreamChunkProducer(stream, Location, options, new BlockPool(options.BlockSize));
        foreach (var batch in ScanRows(producer, header, layout, options, observer, null, cancellation)) yield return batch;
    }

    /// <summary>A gzip file cannot seek: the header is read from one pass and the rows from a second one past it.</summary>
    private IEnumerable<Batch> ScanCompressed(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation)
    {
        CsvHeader header;
        using (var first = Compression.InputStream.Open(Location, _options.Limits)) header = CsvFile.Guard(Location, () => CsvHeader.Read(first.Data, _options.MaxRowBytes, Location));
        using var input = Compression.InputStream.Open(Location, _options.Limits);
        CsvFile.Guard(Location, () => { input.Skip(header.DataOffset); return 0; });
        var layout = Layout(table, request, header, observer);
        var options = ChunkPipeline.Shape(_options, layout);
        using var producer = new StreamChunkProducer(input.Data, Location, options, new BlockPool(options.BlockSize));
        foreach (var batch in ScanRows(producer, header, layout, options, observer, input, cancellation)) yield return batch;
    }

    private ScanLayout Layout(TableSchema table, ScanRequest request, CsvHeader header, IScanObserver observer)
    {
        var layout = ScanLayout.Create(Location, table, request, header);
        foreach (string warning in layout.Warnings) observer.Warning(Location, warning);
        return layout;
    }

    /// <param name="compressed">For a gzip file: bytes are counted on disk, and damage is reported where the data ends.</param>
    private IEnumerable<Batch> ScanRows(IChunkProducer producer, CsvHeader header, ScanLayout layout, CsvReadOptions options, IScanObserver observer,
        Compression.InputStream? compressed, CancellationToken cancellation)
    {
        using var pipeline = new ChunkPipeline(producer, layout, options, cancellation);
        long line = header.FirstDataLine; // of the next result's first byte: results come in file order
        long reported = 0;
        foreach (var result in pipeline.Results())
        {
            if (compressed is null) observer.BytesRead(result.Bytes);
            else reported = ReportDiskBytes(observer, compressed, reported);
            if (result.Read > 0) observer.RowsRead(result.Read);
            if (result.Skipped > 0) observer.RowsSkipped(result.Skipped);
            foreach (var rejected in result.Rejections) observer.Rejected(rejected with { Line = line + rejected.Line });
            line += result.Lines;
            if (result.Batch is not null) yield return result.Batch;
        }
        if (compressed is null) yield break;
        ReportDiskBytes(observer, compressed, reported);
        if (compressed.Damage is { } damage) observer.Rejected(new RejectedRow(Location, line, null, damage));
    }

    private static long ReportDiskBytes(IScanObserver observer, Compression.InputStream input, long reported)
    {
        long now = input.DiskBytes;
        if (now > reported) observer.BytesRead(now - reported);
        return Math.Max(now, reported);
    }

    public override string ToString() => $"{TableName} <- {Location}";
}
