using System.Buffers;
using System.Text;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Sources;

/// <summary>
/// The row prefilter for sources that decode a batch before they can look at its rows (Parquet): the
/// rows of a decoded batch that may match, found by searching each needle in its own string column,
/// once per distinct value of a dictionary-encoded column. Without it every rule of a pack would
/// test every row of the table; with it they see only the rows some rule's needles hold, as they do
/// when reading CSV, and each rule only the rows its own needles hold (<see cref="RowRoutes"/>).
/// <para>
/// It is sound by the same argument as the CSV reader's field filter: a row a query keeps holds a needle
/// of each clause of some alternative in that clause's column. Needles are matched as the CSV reader
/// matches them (<see cref="PrefilterMatcher.SafeFragment"/>: the longest printable ASCII run, ASCII
/// case folded) on the value's UTF-8 bytes, so both formats keep the same rows. A clause is dropped
/// (always passes) when a needle has no usable fragment, names no column, or names a column the batch
/// does not hold as strings; an alternative left with no clause passes every row, so then no filter is made.
/// </para>
/// </summary>
public sealed class ColumnNeedleFilter
{
    private readonly SlottedNeedles _needles; // slots are table ordinals

    private ColumnNeedleFilter(SlottedNeedles needles) => _needles = needles;

    /// <summary>The table ordinals of the columns searched: a source may read these first, and the others only for rows kept.</summary>
    public IReadOnlyList<int> Columns => _needles.Slots;

    /// <summary>
    /// Compiles <paramref name="filter"/> for batches of <paramref name="table"/> that hold, as string
    /// columns, the ordinals in <paramref name="stringColumns"/>; null when no row could be skipped.
    /// </summary>
    public static ColumnNeedleFilter? Create(RowPrefilter? filter, TableSchema table, IReadOnlySet<int> stringColumns)
    {
        if (filter is null || filter.Alternatives.Count == 0) return null;
        var ordinalOf = stringColumns.Where(o => table.Columns[o].Type == KqlType.String).ToDictionary(o => table.Columns[o].Name, StringComparer.Ordinal);
        var alternatives = new List<List<List<(int Ordinal, string Fragment)>>>();
        foreach (var alternative in filter.Alternatives)
        {
            var clauses = new List<List<(int Ordinal, string Fragment)>>();
            foreach (var clause in alternative.Clauses)
            {
                var needles = new List<(int Ordinal, string Fragment)>();
                for (int i = 0; i < clause.AnyOf.Count; i++)
                {
                    if (PrefilterMatcher.SafeFragment(clause.AnyOf[i], _ => true) is not { } fragment
                        || clause.ColumnOf(i) is not { } column || !ordinalOf.TryGetValue(column, out int ordinal))
                    {
                        needles = null;
                        break;
                    }
                    needles.Add((ordinal, fragment.ToLowerInvariant()));
                }
                if (needles is { Count: > 0 }) clauses.Add(needles);
            }
            if (clauses.Count == 0) return null;
            alternatives.Add(clauses);
        }
        return new ColumnNeedleFilter(new SlottedNeedles(alternatives));
    }

    /// <summary>
    /// The rows of <paramref name="batch"/> that may match, in order, with the rows each alternative lets
    /// through; null when a searched column is not a string column after all (then nothing is skipped).
    /// </summary>
    public Selection? Select(Batch batch)
    {
        var slots = _needles.Slots;
        var found = new int[slots.Length][][];
        var codes = new int[]?[slots.Length]; // null: a flat column, whose values are found per row
        for (int s = 0; s < slots.Length; s++)
        {
            if (batch.Columns[slots[s]] is not StringColumn column) return null;
            found[s] = NeedlesPerValue(column, s);
            codes[s] = column.Codes;
        }
        var present = new bool[_needles.Needles];
        var marked = new int[_needles.Needles]; // the ids set in present, so that a row costs what it holds, not the pack's size
        var passing = new List<int>(); // the alternatives the row being tested passes
        var rows = new List<int>();
        var routes = new RowRoutes.Builder(_needles.Alternatives);
        var isKey = _needles.IsKeySlot;
        for (int row = 0; row < batch.RowCount; row++)
        {
            // The key slots first: a row without a needle of some alternative's first clause passes none, and most
            // rows are such, so their other slots are not looked at.
            bool keyed = false;
            for (int s = 0; s < found.Length && !keyed; s++) keyed = isKey[s] && found[s][codes[s] is { } c ? c[row] : row].Length > 0;
            if (!keyed) continue;
            int count = 0;
            for (int s = 0; s < found.Length; s++)
            {
                foreach (int id in found[s][codes[s] is { } c ? c[row] : row])
                {
                    present[id] = true;
                    marked[count++] = id; // the columns' needles are distinct: no id twice
                }
            }
            if (Route(present, marked.AsSpan(0, count), rows.Count, routes, passing)) rows.Add(row);
            foreach (int id in marked.AsSpan(0, count)) present[id] = false;
        }
        return new Selection(rows.ToArray(), routes.Build());
    }

    /// <summary>The rows kept, and which of them each alternative lets through (numbered among the kept rows).</summary>
    public sealed record Selection(int[] Rows, RowRoutes Routes);

    /// <summary>For each distinct value of a dictionary column (each row of a flat one), the ids of the column's needles it holds.</summary>
    private int[][] NeedlesPerValue(StringColumn column, int slot)
    {
        var values = column.Dictionary ?? column.Values!;
        var index = _needles.Indexes[slot];
        var result = new int[values.Length][];
        var present = new bool[index.Count];
        byte[] buffer = ArrayPool<byte>.Shared.Rent(256);
        try
        {
            for (int v = 0; v < values.Length; v++)
            {
                string value = values[v];
                int max = Encoding.UTF8.GetMaxByteCount(value.Length);
                if (buffer.Length < max)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(max);
                }
                int length = Encoding.UTF8.GetBytes(value, buffer);
                index.MarkPresent(buffer.AsSpan(0, length), present);
                result[v] = Ids(present, _needles.Offsets[slot]);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return result;
    }

    /// <summary>The ids marked in <paramref name="present"/> (cleared on the way), shifted by <paramref name="offset"/>.</summary>
    private static int[] Ids(bool[] present, int offset)
    {
        int first = Array.IndexOf(present, true);
        if (first < 0) return [];
        var ids = new List<int>();
        for (int id = first; id < present.Length; id++)
        {
            if (!present[id]) continue;
            ids.Add(offset + id);
            present[id] = false;
        }
        return ids.ToArray();
    }

    /// <summary>
    /// Routes a row, the <paramref name="kept"/>th kept, to every alternative that has a present needle in
    /// each of its clauses (only those whose first clause holds one of the <paramref name="marked"/> needles
    /// can); false when there is none.
    /// </summary>
    private bool Route(bool[] present, ReadOnlySpan<int> marked, int kept, RowRoutes.Builder routes, List<int> passing)
    {
        passing.Clear();
        foreach (int id in marked) _needles.AddPassing(id, present, passing);
        foreach (int alternative in passing) routes.Add(kept, alternative);
        return passing.Count > 0;
    }
}
