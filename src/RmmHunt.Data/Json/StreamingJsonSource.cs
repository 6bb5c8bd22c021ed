using System.Text.Json;
using RmmHunt.Data.Compression;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Json;

/// <summary>
/// The rows of one table in a Defender streaming API export (formats.md §6): JSON lines, one record
/// per line or an Event Hub batch <c>{"records":[...]}</c> per line, or one (pretty-printed)
/// <c>{"records":[...]}</c> document. Columns are the records' <c>properties</c>.
/// <para>
/// A file holding several tables gets one source per table, each reading only the records whose
/// category names its table (<see cref="CategoryFilter"/>); a table no query uses is never scanned.
/// A line that is not JSON, or not a record, is rejected on its own and reading goes on; a
/// half-written last line is rejected as such.
/// </para>
/// </summary>
public sealed class StreamingJsonSource : ITableSource
{
    /// <summary>Longest record accepted; longer ones are rejected (a runaway line, not telemetry).</summary>
    public const int MaxRecordBytes = 64 << 20;

    private readonly bool _document;
    private readonly Inputs.InputLimits _limits;

    internal StreamingJsonSource(string path, string table, IReadOnlyList<ColumnSymbol> columns, string? categoryFilter, bool document, Inputs.InputLimits limits)
    {
        _limits = limits;
        Location = path;
        TableName = table;
        Columns = columns;
        CategoryFilter = categoryFilter;
        _document = document;
    }

    public string TableName { get; }

    public string Location { get; }

    public IReadOnlyList<ColumnSymbol> Columns { get; }

    /// <summary>The table whose records this source reads, when the file holds several; null = every record.</summary>
    public string? CategoryFilter { get; }

    private readonly record struct RecordRef(byte[] Buffer, int Start, int Length, long Line, string? Problem, bool LastWithoutNewline);

    public IEnumerable<Batch> Scan(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation)
    {
        using var input = InputStream.Open(Location, _limits);
        var names = table.Columns.Select(c => c.Name).ToList();
        var batch = new RecordBatch(table, request, names);
        var properties = new RowParser(batch, new PropertyIndex(names), names.Count, keyed: true);
        var records = new StreamingRecordParser(batch, properties, CategoryFilter);
        var matcher = PrefilterMatcher.Compile(request.Prefilter, JsonPrefilter.IsVerbatim);
        var tally = new ScanTally(observer, input);
        var foreign = new SortedSet<string>(StringComparer.Ordinal);
        long record = 0, line = 1;
        string? stopped = null;
        using var items = (_document ? Document(input) : Lines(input)).GetEnumerator();
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                if (!items.MoveNext()) break;
            }
            catch (JsonInputException e)
            {
                (stopped, line) = (e.Message + "; the rest of the file cannot be read", e.Line);
                break;
            }
            var item = items.Current;
            record++;
            line = item.Line;
            if (item.Problem is not null)
            {
                observer.Rejected(new RejectedRow(Location, item.Line, null, item.Problem, record));
                continue;
            }
            var bytes = item.Buffer.AsSpan(item.Start, item.Length);
            string? category = StreamingCategory.Find(bytes);
            if (CategoryFilter is not null && category is not null && !StreamingCategory.Names(category, CategoryFilter)) continue;
            if (CategoryFilter is null && category is not null && foreign.Count < 10 && !StreamingCategory.Names(category, TableName)) foreign.Add(category);
            if (matcher is not null && !JsonPrefilter.MayMatch(matcher, bytes))
            {
                tally.Skipped++;
                continue;
            }
            switch (records.Parse(bytes, out var problem))
            {
                case StreamingRecordParser.Outcome.Read:
                    tally.Read++;
                    break;
                case StreamingRecordParser.Outcome.Rejected:
                    string reason = problem!.Value.Reason + (item.LastWithoutNewline ? " (the last line has no newline: a half-written record?)" : "");
                    observer.Rejected(new RejectedRow(Location, item.Line, problem.Value.Column, reason, record));
                    break;
            }
            if (batch.Rows < RecordBatch.MaxRows) continue;
            tally.Flush();
            yield return batch.Take();
        }
        tally.Flush();
        if (batch.Rows > 0) yield return batch.Take();
        if (input.Damage is { } damage) observer.Rejected(new RejectedRow(Location, line, null, damage));
        else if (stopped is not null) observer.Rejected(new RejectedRow(Location, line, null, stopped));
        var never = batch.NeverSet.ToList();
        if (never.Count > 0 && record > 0) observer.Warning(Location, $"no record has {string.Join(", ", never)}: null in every row");
        if (foreign.Count > 0)
            observer.Warning(Location, $"records of {string.Join(", ", foreign)} were read as {TableName}, the table --data named");
        tally.Flush();
    }

    private static IEnumerable<RecordRef> Lines(InputStream input)
    {
        var lines = new JsonLineReader(input.Data, MaxRecordBytes);
        while (lines.Next(out var line))
        {
            if (line.TooLong)
            {
                yield return new RecordRef([], 0, 0, line.Number, $"the line is longer than {MaxRecordBytes:N0} bytes", false);
                continue;
            }
            var text = lines.Buffer.AsSpan(line.Start, line.Length);
            int lead = text.Length - text.TrimStart(" \t"u8).Length;
            int length = text.Trim(" \t"u8).Length;
            if (length == 0) continue;
            var batch = EventHubBatch.Items(text.Slice(lead, length));
            if (batch is null)
            {
                yield return new RecordRef(lines.Buffer, line.Start + lead, length, line.Number, null, line.LastWithoutNewline);
                continue;
            }
            foreach (var (start, itemLength) in batch)
                yield return new RecordRef(lines.Buffer, line.Start + lead + start, itemLength, line.Number, null, false);
        }
    }

    private static IEnumerable<RecordRef> Document(InputStream input)
    {
        var reader = new JsonStreamReader(input.Data, MaxRecordBytes);
        reader.Expect(JsonTokenType.StartObject, "a JSON object");
        while (reader.NextProperty(out string key))
        {
            if (key != "records")
            {
                reader.SkipValue();
                continue;
            }
            reader.Expect(JsonTokenType.StartArray, "an array of records");
            while (reader.TryReadValue(out var value)) yield return new RecordRef(reader.Buffer, value.Start, value.Length, value.Line, null, false);
        }
        reader.ReadToEnd();
    }
}
