using RmmHunt.Data.Compression;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Json;

/// <summary>
/// A JSON API response saved to a file (advanced hunting, Graph, Log Analytics, ADX v1/v2; see the
/// shapes) as a table source. The document streams through a <see cref="JsonStreamReader"/>: only the
/// largest row must fit in memory. Each row is handed to the prefilter as raw bytes, then parsed into
/// the requested columns; a row that does not fit is rejected with its line and record number, and
/// reading goes on. A syntax error in the document's structure ends the file there (reported; every
/// row before it is kept), since nothing after it can be placed with certainty.
/// </summary>
public sealed class JsonDocumentSource : ITableSource
{
    private readonly JsonDocumentShape _shape;
    private readonly Inputs.InputLimits _limits;

    internal JsonDocumentSource(string path, string table, TableSchema? builtIn, JsonDocumentShape shape, IReadOnlyList<DeclaredColumn> declared, Inputs.InputLimits limits)
    {
        _limits = limits;
        Location = path;
        TableName = table;
        _shape = shape;
        Columns = JsonColumns.Typed(builtIn, declared.Select(c => (c.Name, c.Type)));
    }

    public string TableName { get; }

    public string Location { get; }

    public IReadOnlyList<ColumnSymbol> Columns { get; }

    public string Format => _shape.FormatName;

    public IEnumerable<Batch> Scan(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation)
    {
        using var input = InputStream.Open(Location, _limits);
        var reader = new JsonStreamReader(input.Data);
        var matcher = PrefilterMatcher.Compile(request.Prefilter, JsonPrefilter.IsVerbatim);
        var warnings = new List<string>();
        var tally = new ScanTally(observer, input);
        long record = 0;
        string? stopped = null;
        long stoppedLine = 0;
        using var arrays = _shape.RowArrays(reader, warnings).GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = arrays.MoveNext();
            }
            catch (JsonInputException e)
            {
                (stopped, stoppedLine) = (e.Message, e.Line);
                break;
            }
            if (!more) break;
            var names = arrays.Current.Select(c => c.Name).ToList();
            var batch = new RecordBatch(table, request, names);
            var parser = new RowParser(batch, new PropertyIndex(names), names.Count, _shape.Keyed);
            if (!_shape.Keyed && batch.MissingColumns.Any())
                observer.Warning(Location, $"the file has no column {string.Join(", ", batch.MissingColumns)}: null in every row");
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                RawValue row;
                try
                {
                    if (!reader.TryReadValue(out row)) break;
                }
                catch (JsonInputException e)
                {
                    (stopped, stoppedLine) = (e.Message, e.Line);
                    break;
                }
                record++;
                var bytes = reader.Buffer.AsSpan(row.Start, row.Length);
                if (matcher is not null && !JsonPrefilter.MayMatch(matcher, bytes))
                {
                    tally.Skipped++;
                    continue;
                }
                if (parser.Parse(bytes) is { } problem)
                {
                    observer.Rejected(new RejectedRow(Location, row.Line, problem.Column, problem.Reason, record));
                    continue;
                }
                tally.Read++;
                if (batch.Rows < RecordBatch.MaxRows) continue;
                tally.Flush();
                yield return batch.Take();
            }
            tally.Flush();
            if (batch.Rows > 0) yield return batch.Take();
            if (_shape.Keyed && batch.NeverSet.Any())
                observer.Warning(Location, $"no row has a value for {string.Join(", ", batch.NeverSet)}: null in every row");
            if (parser.UnknownProperties.Count > 0)
                observer.Warning(Location, $"rows have properties the schema does not declare, not read: {string.Join(", ", parser.UnknownProperties.Take(10))}");
            if (stopped is not null) break;
        }
        if (stopped is null)
        {
            try
            {
                reader.ReadToEnd();
            }
            catch (JsonInputException e)
            {
                (stopped, stoppedLine) = (e.Message, e.Line);
            }
        }
        if (record == 0 && stopped is null && warnings.Count == 0) warnings.Add("the response holds no rows");
        foreach (var warning in warnings) observer.Warning(Location, warning);
        if (input.Damage is { } damage) observer.Rejected(new RejectedRow(Location, reader.Line, null, damage));
        else if (stopped is not null) observer.Rejected(new RejectedRow(Location, stoppedLine, null, stopped + "; the rest of the file cannot be read"));
        tally.Flush();
    }

    public override string ToString() => $"{TableName} <- {Location}";
}
