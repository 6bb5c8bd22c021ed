using ParquetSharp;
using RmmHunt.Engine.Vectors;
using Column = RmmHunt.Engine.Vectors.Column;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// Reading a column at the rows a needle filter kept (its other columns are read after the searched
/// ones): by runs of rows, the rest passed over, when few are kept; page by page, taking the kept rows'
/// values, when many are. Either way the kept rows' values go straight into one result.
/// </summary>
internal sealed partial class ParquetColumnReader
{
    /// <summary>
    /// The values at <paramref name="rows"/> (ascending) of the next <paramref name="count"/>. With
    /// <paramref name="byRuns"/> only the runs of consecutive kept rows are read, the rows between passed
    /// over undecoded where the pages allow (few kept rows); without, the pages are decoded whole and only
    /// the kept rows' values taken: where a scan keeps a tenth of the rows, one read call per run of kept
    /// rows costs more than decoding everything, yet turning every row's string into a code, then gathering
    /// the kept ones, spent nine tenths of that work on rows no query sees.
    /// </summary>
    public Column ReadAt(int[] rows, int count, bool byRuns)
    {
        if (_logical is not null) return byRuns ? ReadRuns(rows, count) : ReadLogical(count).Gather(rows);
        return _type switch
        {
            KqlType.String when _codes is not null => ReadCodesAt(rows, count, byRuns),
            KqlType.String => ReadFlatStringsAt(rows, count, byRuns),
            KqlType.Dynamic => byRuns ? ReadRuns(rows, count) : ReadCells(count).Gather(rows),
            KqlType.Bool => ReadFixedAt<bool, bool, SameValue<bool>>(rows, count, byRuns, default),
            KqlType.Int => ReadFixedAt<int, int, SameValue<int>>(rows, count, byRuns, default),
            KqlType.Real when _float => ReadFixedAt<float, double, FloatToDouble>(rows, count, byRuns, default),
            KqlType.Real => ReadFixedAt<double, double, SameValue<double>>(rows, count, byRuns, default),
            KqlType.DateTime when _date => ReadFixedAt<int, long, DaysToTicks>(rows, count, byRuns, default),
            KqlType.DateTime when _ticksPerUnit == 0 => ReadFixedAt<long, long, NanosToTicks>(rows, count, byRuns, default),
            KqlType.DateTime => ReadFixedAt<long, long, UnitsToTicks>(rows, count, byRuns, new UnitsToTicks(_ticksPerUnit)),
            _ => ReadFixedAt<long, long, SameValue<long>>(rows, count, byRuns, default),
        };
    }

    /// <summary>
    /// By runs, for the readers that convert values themselves (decimals, guids, dynamic): each run read as a
    /// column of its own, and the runs joined. These columns are rare; the others read their runs into one result.
    /// </summary>
    private Column ReadRuns(int[] rows, int count)
    {
        var parts = new List<Column>();
        int at = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            int start = rows[i];
            i = RunEnd(rows, i);
            if (start > at) Skip(start - at);
            parts.Add(Read(rows[i] + 1 - start));
            at = rows[i] + 1;
        }
        if (count > at) Skip(count - at);
        return ColumnBuilder.Concat(_type, parts);
    }

    /// <summary>The index of the last row of the run of consecutive rows that starts at index <paramref name="first"/>.</summary>
    private static int RunEnd(int[] rows, int first)
    {
        int last = first;
        while (last + 1 < rows.Length && rows[last + 1] == rows[last] + 1) last++;
        return last;
    }

    /// <summary>
    /// Reads the next <paramref name="count"/> rows one <c>ReadBatch</c> call at a time (a call never crosses
    /// a page, and the string pointers it returns live until the next call), or with <paramref name="byRuns"/>
    /// only their runs of kept rows, and hands <paramref name="take"/> each call's kept rows: their positions
    /// among <paramref name="rows"/>, the call's first row, and the call's dense values and definition levels.
    /// </summary>
    private void ReadKept<TPhysical>(int[] rows, int count, bool byRuns, Span<TPhysical> dense, KeptRows<TPhysical> take) where TPhysical : unmanaged
    {
        var typed = (ColumnReader<TPhysical>)_reader;
        var definitions = _buffers.Definitions(count);
        int levels = 0, next = 0;
        while (levels < count && typed.HasNext)
        {
            int want = count - levels;
            if (byRuns)
            {
                // To the next kept row, and as far as its run goes (a call may stop short of it at a page end).
                int start = next < rows.Length ? rows[next] : count;
                if (start > levels) Skip(start - levels);
                levels = start;
                if (next == rows.Length) break;
                want = rows[RunEnd(rows, next)] + 1 - levels;
            }
            long got = typed.ReadBatch(want, definitions, default, dense, out long read);
            if (got == 0) break;
            int end = next;
            while (end < rows.Length && rows[end] < levels + got) end++;
            take(next, end, levels, dense[..(int)read], definitions[..(int)got]);
            next = end;
            levels += (int)got;
        }
        if (levels < count) throw Short(levels, count);
    }

    private delegate void KeptRows<TPhysical>(int from, int to, int firstLevel, ReadOnlySpan<TPhysical> dense, ReadOnlySpan<short> definitions) where TPhysical : unmanaged;

    /// <summary>
    /// For the kept rows <paramref name="from"/>..<paramref name="to"/> of one call, the index of each row's
    /// value among the call's dense values, or -1 for a null row: the defined levels before it, counted once
    /// over the call.
    /// </summary>
    private void ValueIndexes(int[] rows, int from, int to, int firstLevel, ReadOnlySpan<short> definitions, Span<int> indexes)
    {
        for (int i = from, level = 0, value = 0; i < to; i++)
        {
            int at = rows[i] - firstLevel;
            if (_maxDefinition == 0)
            {
                indexes[i - from] = at;
                continue;
            }
            value += definitions[level..at].Count(_maxDefinition); // vectorized: most levels lie between kept rows
            level = at;
            indexes[i - from] = definitions[at] == _maxDefinition ? value : -1;
        }
    }

    private Column ReadFixedAt<TPhysical, TValue, TConversion>(int[] rows, int count, bool byRuns, TConversion conversion)
        where TPhysical : unmanaged where TValue : unmanaged where TConversion : struct, IValueConversion<TPhysical, TValue>
    {
        var result = new TValue[rows.Length];
        NullMask? nulls = null;
        var indexes = _buffers.Kept(rows.Length).Indexes;
        ReadKept(rows, count, byRuns, _buffers.Dense<TPhysical>(count), (from, to, first, dense, definitions) =>
        {
            ValueIndexes(rows, from, to, first, definitions, indexes);
            for (int i = from; i < to; i++)
            {
                int value = indexes[i - from];
                if (value >= 0) result[i] = conversion.Convert(dense[value]);
                else (nulls ??= new NullMask(rows.Length)).Set(i);
            }
        });
        return new PrimitiveColumn<TValue>(_type, result, nulls);
    }

    /// <summary>The kept rows' strings as column-chunk codes: only their values are looked up.</summary>
    private Column ReadCodesAt(int[] rows, int count, bool byRuns)
    {
        var codes = _codes!;
        var result = GC.AllocateUninitializedArray<int>(rows.Length);
        var (indexes, kept, keptDefinitions) = _buffers.Kept(rows.Length);
        ReadKept(rows, count, byRuns, _buffers.ByteArrays(count), (from, to, first, values, definitions) =>
        {
            ValueIndexes(rows, from, to, first, definitions, indexes);
            // The kept rows as a call of their own: a null row has a level below the maximum and no value.
            int n = to - from, dense = 0;
            for (int i = 0; i < n; i++)
            {
                if (indexes[i] >= 0) kept[dense++] = values[indexes[i]];
                keptDefinitions[i] = indexes[i] >= 0 ? _maxDefinition : (short)(_maxDefinition - 1);
            }
            codes.Codes(kept.AsSpan(0, dense), keptDefinitions.AsSpan(0, n), _maxDefinition, result.AsSpan(from, n));
        });
        return CodedStrings(codes, result);
    }

    private Column ReadFlatStringsAt(int[] rows, int count, bool byRuns)
    {
        var result = new string[rows.Length];
        var indexes = _buffers.Kept(rows.Length).Indexes;
        ReadKept(rows, count, byRuns, _buffers.ByteArrays(count), (from, to, first, values, definitions) =>
        {
            ValueIndexes(rows, from, to, first, definitions, indexes);
            for (int i = from; i < to; i++) result[i] = Text(indexes[i - from] >= 0 ? values[indexes[i - from]] : default);
        });
        return new StringColumn(result);
    }
}
