using System.Runtime.CompilerServices;
using System.Text;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// The prefilter for many needles that each name their column (a rule pack: hundreds of domains in
/// <c>RemoteUrl</c>, file names in <c>FileName</c>, signers in <c>Signer</c>): a row's fields are found
/// with the bit-mask splitter, and only the fields the needles belong to are searched, with one
/// <see cref="NeedleIndex"/> per field. Every row is first split only as far as, and searched only
/// for, one key clause per alternative (<see cref="HoldsKey"/>, through each worker's
/// <see cref="FieldVerdictCache"/>: key fields repeat their values); the few that hold one get the full
/// test. Searching a few short fields instead of the whole row makes the test as cheap as splitting,
/// whatever the number of needles, and stricter than the row-wide matcher
/// (a needle elsewhere in the row no longer lets the row through). It is sound for the same reason:
/// a row a query keeps holds each needle of a clause in that clause's column.
/// Clauses and alternatives follow <see cref="PrefilterMatcher"/>: a clause with a needle that has no
/// usable fragment always passes.
/// </summary>
internal sealed class FieldNeedleFilter
{
    private readonly int[] _fields;          // the file field of each searched slot
    private readonly NeedleIndex[] _indexes; // the needles of each slot
    private readonly NeedleIndex?[] _keys;   // of each slot, the needles of key clauses (see Create); null: none
    private readonly int[] _offsets;         // where each slot's needle ids start in the presence array
    private readonly int[][][] _alternatives; // alternative → clause → needle ids (global)
    private readonly int _needles;
    private readonly int[][] _byFirstClauseNeedle; // needle id → alternatives whose first clause holds it

    // Each scan worker thread tests its rows with its own presence array (kept all false between rows).
    [ThreadStatic] private static bool[]? t_present;

    private FieldNeedleFilter(int[] fields, NeedleIndex[] indexes, NeedleIndex?[] keys, int[][][] alternatives)
    {
        _fields = fields;
        _indexes = indexes;
        _keys = keys;
        _alternatives = alternatives;
        _offsets = new int[indexes.Length];
        for (int s = 1; s < indexes.Length; s++) _offsets[s] = _offsets[s - 1] + indexes[s - 1].Count;
        _needles = indexes.Sum(i => i.Count);
        MaxField = fields.Max();
        KeyMaxField = fields.Where((_, s) => keys[s] is not null).Max();
        var byNeedle = Enumerable.Range(0, _needles).Select(_ => new List<int>()).ToArray();
        for (int a = 0; a < alternatives.Length; a++)
        {
            foreach (int id in alternatives[a][0]) byNeedle[id].Add(a);
        }
        _byFirstClauseNeedle = byNeedle.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>The highest field index searched: a row with fewer fields is left to the parser to reject.</summary>
    public int MaxField { get; }

    /// <summary>
    /// Null unless the prefilter has more needles than the row-wide search handles well and every needle
    /// names a column the file has.
    /// </summary>
    public static FieldNeedleFilter? Create(RowPrefilter? filter, IReadOnlyDictionary<string, int> fieldOf, Func<char, bool> isVerbatim)
    {
        if (filter is null || filter.Alternatives.Count == 0) return null;
        var slots = new Dictionary<int, Dictionary<string, int>>(); // field → fragment → local id
        var alternatives = new List<List<List<(int Field, string Fragment)>>>();
        foreach (var alternative in filter.Alternatives)
        {
            var clauses = new List<List<(int Field, string Fragment)>>();
            foreach (var clause in alternative.Clauses)
            {
                var fragments = clause.AnyOf.Select(n => PrefilterMatcher.SafeFragment(n, isVerbatim)).ToList();
                if (fragments.Count == 0 || fragments.Any(f => f is null)) continue; // uncheckable: always passes
                var needles = new List<(int Field, string Fragment)>();
                for (int i = 0; i < fragments.Count; i++)
                {
                    if (clause.ColumnOf(i) is not { } column || !fieldOf.TryGetValue(column, out int field)) return null;
                    needles.Add((field, fragments[i]!.ToLowerInvariant()));
                }
                clauses.Add(needles);
            }
            if (clauses.Count == 0) return null; // this alternative passes every row
            var key = KeyClause(clauses);
            clauses.Remove(key);
            clauses.Insert(0, key);
            alternatives.Add(clauses);
        }
        foreach (var (field, fragment) in alternatives.SelectMany(a => a).SelectMany(c => c))
        {
            if (!slots.TryGetValue(field, out var ids)) slots[field] = ids = new Dictionary<string, int>(StringComparer.Ordinal);
            ids.TryAdd(fragment, ids.Count);
        }
        if (slots.Values.Sum(s => s.Count) <= PrefilterMatcher.IndexedAbove) return null;
        var fields = slots.Keys.Order().ToArray();
        var indexes = fields.Select(f => new NeedleIndex(slots[f].OrderBy(p => p.Value).Select(p => Encoding.ASCII.GetBytes(p.Key)).ToList())).ToArray();
        var keyNeedles = alternatives.SelectMany(a => a[0]).ToLookup(n => n.Field, n => n.Fragment);
        var keys = fields.Select(f => keyNeedles.Contains(f) ? new NeedleIndex(keyNeedles[f].Distinct().Select(Encoding.ASCII.GetBytes).ToList()) : null).ToArray();
        var offsets = new Dictionary<int, int>();
        for (int s = 0, offset = 0; s < fields.Length; offset += indexes[s].Count, s++) offsets[fields[s]] = offset;
        var encoded = alternatives.Select(a => a.Select(c => c.Select(n => offsets[n.Field] + slots[n.Field][n.Fragment]).Distinct().ToArray()).ToArray()).ToArray();
        return new FieldNeedleFilter(fields, indexes, keys, encoded);
    }

    /// <summary>
    /// The clause of an alternative that every row is tested for (the others only when a key holds): of
    /// the clauses whose needles are all at least <see cref="SelectiveLength"/> long, the one in the
    /// earliest field, since rows are split only as far as the key fields before the test; without
    /// such a clause, the one whose shortest needle is longest. Rarest bytes would choose worse here:
    /// `FileName endswith '.exe'` has a rare x, and is in every process row.
    /// </summary>
    private static List<(int Field, string Fragment)> KeyClause(List<List<(int Field, string Fragment)>> clauses) =>
        clauses.Where(c => c.All(n => n.Fragment.Length >= SelectiveLength)).OrderBy(c => c.Max(n => n.Field)).FirstOrDefault()
        ?? clauses.OrderByDescending(c => c.Min(n => n.Fragment.Length)).First();

    private const int SelectiveLength = 6;

    /// <summary>The highest field holding key needles: <see cref="HoldsKey"/> needs the row split this far.</summary>
    public int KeyMaxField { get; }

    /// <summary>A scan worker's own memory of which key field values hold a key needle (one cache per slot with key needles).</summary>
    public FieldVerdictCache?[] NewKeyVerdicts() => _keys.Select(k => k is null ? null : new FieldVerdictCache(k)).ToArray();

    /// <summary>
    /// Whether the row (split up to <see cref="KeyMaxField"/>) holds a needle of some alternative's key
    /// clause in its field; if not, it cannot pass. <paramref name="verdicts"/> come from <see cref="NewKeyVerdicts"/>.
    /// </summary>
    public bool HoldsKey(ReadOnlySpan<byte> row, ReadOnlySpan<CsvField> fields, FieldVerdictCache?[] verdicts)
    {
        for (int s = 0; s < verdicts.Length; s++)
        {
            if (verdicts[s] is not { } key) continue;
            var field = fields[_fields[s]];
            if (key.Holds(row.Slice(field.Start, field.Length))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the row (split into <paramref name="fields"/>) can pass: some alternative has a needle of
    /// each clause in its field; every such alternative goes into <paramref name="passing"/> (see
    /// <see cref="RowRoutes"/>). For the few rows that hold a key needle (see <see cref="HoldsKey"/>):
    /// which needles each field holds, then only the alternatives whose first (key) clause one of them
    /// belongs to (the others cannot pass).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Matches(ReadOnlySpan<byte> row, ReadOnlySpan<CsvField> fields, List<int> passing)
    {
        passing.Clear();
        if (t_present is null || t_present.Length < _needles) t_present = new bool[_needles];
        var buffer = t_present;
        var present = buffer.AsSpan(0, _needles); // all false between calls
        for (int s = 0; s < _fields.Length; s++)
        {
            var field = fields[_fields[s]];
            _indexes[s].MarkPresent(row.Slice(field.Start, field.Length), present.Slice(_offsets[s], _indexes[s].Count));
        }
        for (int id = present.IndexOf(true); id >= 0; id = NextTrue(present, id))
        {
            foreach (int alternative in _byFirstClauseNeedle[id])
            {
                if (!passing.Contains(alternative) && Satisfied(_alternatives[alternative], present)) passing.Add(alternative);
            }
        }
        present.Clear();
        return passing.Count > 0;
    }

    /// <summary>The prefilter's alternatives, numbered as in the <see cref="RowPrefilter"/> it was made from.</summary>
    public int Alternatives => _alternatives.Length;

    private static int NextTrue(ReadOnlySpan<bool> present, int after)
    {
        int next = present[(after + 1)..].IndexOf(true);
        return next < 0 ? -1 : after + 1 + next;
    }

    private static bool Satisfied(int[][] clauses, ReadOnlySpan<bool> present)
    {
        foreach (var clause in clauses)
        {
            bool any = false;
            foreach (int id in clause)
            {
                if (present[id]) { any = true; break; }
            }
            if (!any) return false;
        }
        return true;
    }
}
