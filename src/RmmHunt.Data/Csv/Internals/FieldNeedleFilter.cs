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
    private readonly SlottedNeedles _needles; // slots are file fields
    private readonly NeedleIndex?[] _keys;   // of each slot, the needles of key clauses (see Create); null: none

    // Each scan worker thread tests its rows with its own presence array (kept all false between rows) and list of
    // the needles each slot holds.
    [ThreadStatic] private static bool[]? t_present;
    [ThreadStatic] private static int[][]? t_held;

    private FieldNeedleFilter(SlottedNeedles needles, NeedleIndex?[] keys)
    {
        _needles = needles;
        _keys = keys;
        MaxField = needles.Slots.Max();
        KeyMaxField = needles.Slots.Where((_, s) => keys[s] is not null).Max();
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
        var slotted = new SlottedNeedles(alternatives);
        if (slotted.Needles <= PrefilterMatcher.IndexedAbove) return null;
        var keyNeedles = alternatives.SelectMany(a => a[0]).ToLookup(n => n.Field, n => n.Fragment);
        var keys = slotted.Slots.Select(f => keyNeedles.Contains(f) ? new NeedleIndex(keyNeedles[f].Distinct().Select(Encoding.ASCII.GetBytes).ToList()) : null).ToArray();
        return new FieldNeedleFilter(slotted, keys);
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
            var field = fields[_needles.Slots[s]];
            if (key.Holds(row.Slice(field.Start, field.Length))) return true;
        }
        return false;
    }

    /// <summary>A scan worker's own memory of which needles each searched field's values hold (one cache per slot).</summary>
    public FieldPresenceCache[] NewPresenceCaches() => _needles.Indexes.Select(index => new FieldPresenceCache(index)).ToArray();

    /// <summary>
    /// Whether the row (split into <paramref name="fields"/>) can pass: some alternative has a needle of
    /// each clause in its field; every such alternative goes into <paramref name="passing"/> (see
    /// <see cref="RowRoutes"/>). For the few rows that hold a key needle (see <see cref="HoldsKey"/>):
    /// which needles each field holds (through the worker's <paramref name="presence"/> caches, from
    /// <see cref="NewPresenceCaches"/>), then only the alternatives whose first (key) clause one of them
    /// belongs to (the others cannot pass).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Matches(ReadOnlySpan<byte> row, ReadOnlySpan<CsvField> fields, List<int> passing, FieldPresenceCache[] presence)
    {
        passing.Clear();
        int count = _needles.Needles;
        if (t_present is null || t_present.Length < count) t_present = new bool[count];
        var present = t_present.AsSpan(0, count); // all false between calls
        if (t_held is null || t_held.Length < presence.Length) t_held = new int[presence.Length][];
        var held = t_held; // each slot's needles in this row
        for (int s = 0; s < presence.Length; s++)
        {
            var field = fields[_needles.Slots[s]];
            held[s] = presence[s].Present(row.Slice(field.Start, field.Length));
            foreach (int id in held[s]) present[_needles.Offsets[s] + id] = true;
        }
        for (int s = 0; s < presence.Length; s++)
        {
            foreach (int id in held[s]) _needles.AddPassing(_needles.Offsets[s] + id, present, passing);
        }
        for (int s = 0; s < presence.Length; s++)
        {
            foreach (int id in held[s]) present[_needles.Offsets[s] + id] = false;
        }
        return passing.Count > 0;
    }

    /// <summary>The prefilter's alternatives, numbered as in the <see cref="RowPrefilter"/> it was made from.</summary>
    public int Alternatives => _needles.Alternatives;
}
