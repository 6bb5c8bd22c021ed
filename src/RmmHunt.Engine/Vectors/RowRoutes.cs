namespace RmmHunt.Engine.Vectors;

/// <summary>
/// Which rows of a batch each alternative of the scan's prefilter lets through (see
/// <c>Sources.RowPrefilter</c>), as a source found while testing its needles. Each alternative stands
/// for the queries that asked for it, so a scan can hand every query only the rows its own needles hold:
/// the rows it would have read had it run alone. Without routes a batch goes whole to every query.
/// </summary>
public sealed class RowRoutes
{
    private readonly int[][] _rowsByAlternative;

    /// <param name="rowsByAlternative">Per alternative, its rows in ascending order.</param>
    public RowRoutes(int[][] rowsByAlternative) => _rowsByAlternative = rowsByAlternative;

    public int Alternatives => _rowsByAlternative.Length;

    /// <summary>The rows alternative <paramref name="alternative"/> lets through, ascending.</summary>
    public int[] RowsOf(int alternative) => _rowsByAlternative[alternative];

    /// <summary>The routes of batches laid end to end, or null when one of them has none (or their alternatives differ).</summary>
    public static RowRoutes? Concat(IReadOnlyList<Batch> batches)
    {
        if (batches.Count == 0 || batches.Any(b => b.Routes is null || b.Routes.Alternatives != batches[0].Routes!.Alternatives)) return null;
        var merged = new int[batches[0].Routes!.Alternatives][];
        for (int a = 0; a < merged.Length; a++)
        {
            int total = batches.Sum(b => b.Routes!.RowsOf(a).Length);
            var rows = total == 0 ? [] : new int[total];
            int at = 0, offset = 0;
            foreach (var batch in batches)
            {
                foreach (int row in batch.Routes!.RowsOf(a)) rows[at++] = offset + row;
                offset += batch.RowCount;
            }
            merged[a] = rows;
        }
        return new RowRoutes(merged);
    }

    /// <summary>Collects a batch's routes row by row, rows in ascending order.</summary>
    public sealed class Builder(int alternatives)
    {
        private readonly List<int>?[] _rows = new List<int>?[alternatives];

        public void Add(int row, int alternative) => (_rows[alternative] ??= []).Add(row);

        public RowRoutes Build() => new(_rows.Select(r => r is null ? [] : r.ToArray()).ToArray());
    }
}
