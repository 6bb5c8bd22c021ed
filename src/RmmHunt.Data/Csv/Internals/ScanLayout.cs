using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>One column a scan materializes: its table ordinal, its field position in the file, its type.</summary>
internal readonly record struct ColumnRead(int Ordinal, int Field, KqlType Type, string Name);

/// <summary>How the fields of a file map onto the table a scan was asked for, and what to tell the user about it.</summary>
internal sealed class ScanLayout
{
    private ScanLayout(string location, TableSchema table, int fieldCount, ColumnRead[] reads, int[] missing,
        PrefilterMatcher? matcher, CandidateRows? candidates, FieldNeedleFilter? fieldFilter, RowTimeFilter? time, IReadOnlyList<string> warnings)
    {
        Time = time;
        FieldFilter = fieldFilter;
        Location = location;
        Table = table;
        FieldCount = fieldCount;
        Reads = reads;
        Missing = missing;
        Matcher = matcher;
        Candidates = matcher is null ? null : candidates;
        Warnings = warnings;
    }

    public string Location { get; }
    public TableSchema Table { get; }

    /// <summary>Fields every row must have (the header's).</summary>
    public int FieldCount { get; }

    /// <summary>
    /// How many leading fields of a row are ever looked at (read, searched or timed): what a parser keeps
    /// positions for. Not <see cref="FieldCount"/>: a damaged header can claim millions of columns.
    /// </summary>
    public int FieldsUsed => 1 + Math.Max(Reads.Select(r => r.Field).DefaultIfEmpty(0).Max(), Math.Max(FieldFilter?.MaxField ?? 0, Time?.Field ?? 0));

    /// <summary>The requested columns the file has, in field order.</summary>
    public ColumnRead[] Reads { get; }

    /// <summary>Requested table ordinals the file lacks: null in every row.</summary>
    public int[] Missing { get; }

    /// <summary>Rows a row must pass to be parsed; null = every row.</summary>
    public PrefilterMatcher? Matcher { get; }

    /// <summary>Finds the rows worth asking <see cref="Matcher"/> about; set whenever it is.</summary>
    public CandidateRows? Candidates { get; }

    /// <summary>For many needles with known columns: the field-wise test that replaces <see cref="Matcher"/> and <see cref="Candidates"/>.</summary>
    public FieldNeedleFilter? FieldFilter { get; }

    /// <summary>Rows whose time lies outside the scan's time range are skipped unparsed; null = no range.</summary>
    public RowTimeFilter? Time { get; }

    /// <summary>Whether needles rule out rows unparsed (as a rule most of them).</summary>
    public bool SearchesNeedles => Matcher is not null || FieldFilter is not null;

    /// <summary>Whether some rows may be skipped unparsed.</summary>
    public bool Prefilters => SearchesNeedles || Time is not null;

    public IReadOnlyList<string> Warnings { get; }

    public static ScanLayout Create(string location, TableSchema table, ScanRequest request, CsvHeader header)
    {
        var fieldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int f = 0; f < header.Columns.Count; f++) fieldOf.TryAdd(header.Columns[f].Name, f);
        var reads = new List<ColumnRead>();
        var missing = new List<int>();
        foreach (int ordinal in request.Columns.Order())
        {
            var column = table.Columns[ordinal];
            if (fieldOf.TryGetValue(column.Name, out int field)) reads.Add(new ColumnRead(ordinal, field, column.Type, column.Name));
            else missing.Add(ordinal);
        }
        var warnings = new List<string>();
        if (header.Problem is not null) warnings.Add(header.Problem);
        // Only requested columns are named: a column no query reads cannot change a result, and a
        // Defender export would otherwise always be warned about the Sentinel-only columns.
        if (missing.Count > 0)
            warnings.Add($"the file has no column {string.Join(", ", missing.Select(o => table.Columns[o].Name))}: null in every row");
        var local = header.Columns.Where(c => c.Zone == HeaderZone.LocalTime).Select(c => c.Name).ToList();
        if (local.Count > 0)
            warnings.Add($"{string.Join(", ", local)} are in the exporting browser's local time ([Local Time]), of unknown offset; read as UTC");
        var duplicates = header.Columns.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) warnings.Add($"the header repeats {string.Join(", ", duplicates)}; the first of each is used");
        Func<char, bool> verbatim = c => c != '"'; // CSV doubles quotes: '"' is never written as itself
        var fieldFilter = FieldNeedleFilter.Create(request.Prefilter, fieldOf, verbatim);
        var matcher = fieldFilter is null ? PrefilterMatcher.Compile(request.Prefilter, verbatim) : null;
        var candidates = fieldFilter is null ? CandidateRows.Create(request.Prefilter, verbatim) : null;
        return new ScanLayout(location, table, header.Columns.Count, reads.OrderBy(r => r.Field).ToArray(), missing.ToArray(),
            matcher, candidates, fieldFilter, RowTimeFilter.Create(request.Time, table, fieldOf), warnings);
    }
}
