using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// Functions of dynamic arrays. A first argument that is not an array gives null
/// [docs of array_slice, array_reverse... "null if not an array"; decided alike where a doc is silent].
/// </summary>
internal static class DynamicKernels
{
    /// <summary>range() and repeat() stop at this many elements, like Kusto's dynamic arrays.</summary>
    private const int MaxElements = 1_048_576;

    public static void Register(Action<string, KernelFactory> add)
    {
        add("array_length", _ => Kernel.Rows(KqlType.Long, a => a[0] is DynArray array ? (long)array.Count : null));
        add("arraylength", _ => Kernel.Rows(KqlType.Long, a => a[0] is DynArray array ? (long)array.Count : null));
        add("pack_array", _ => Kernel.Rows(KqlType.Dynamic, a => new DynArray(a.Select(Dynamic.FromScalar).ToArray()), nullInNullOut: false));
        add("array_concat", _ => Kernel.Rows(KqlType.Dynamic, a => a.All(x => x is DynArray) ? new DynArray(a.SelectMany(x => (DynArray)x!).ToArray()) : null, nullInNullOut: false));
        add("array_slice", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynArray array ? Slice(array, (long)a[1]!, (long)a[2]!) : null));
        add("array_index_of", _ => Kernel.Rows(KqlType.Long, ArrayIndexOf, nullInNullOut: false));
        add("array_reverse", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynArray array ? new DynArray(array.Reverse().ToArray()) : null));
        add("array_rotate_left", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynArray array ? Rotate(array, (long)a[1]!) : null));
        add("array_rotate_right", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynArray array ? Rotate(array, -(long)a[1]!) : null));
        add("array_shift_left", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynArray array && a[1] is long n ? Shift(array, n, a.Length > 2 ? a[2] : null) : null, nullInNullOut: false));
        add("array_shift_right", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynArray array && a[1] is long n ? Shift(array, -n, a.Length > 2 ? a[2] : null) : null, nullInNullOut: false));
        add("array_split", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynArray array ? Split(array, a[1]) : null));
        add("array_sum", _ => Kernel.Rows(KqlType.Real, a => a[0] is DynArray array ? Sum(array) : null));
        add("array_iff", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynArray conditions ? ArrayIff(conditions, a[1], a[2]) : null, nullInNullOut: false));
        add("array_iif", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynArray conditions ? ArrayIff(conditions, a[1], a[2]) : null, nullInNullOut: false));
        add("array_sort_asc", r => Sort(r, descending: false));
        add("array_sort_desc", r => Sort(r, descending: true));
        add("range", r => Kernel.Rows(KqlType.Dynamic, a => Range(r.ArgTypes[0], a[0]!, a[1]!, a.Length > 2 ? a[2] : null)));
        add("repeat", _ => Kernel.Rows(KqlType.Dynamic, a => a[1] is long count
            ? new DynArray(Enumerable.Repeat(Dynamic.FromScalar(a[0]), (int)Math.Clamp(count, 0, MaxElements)).ToArray()) : null, nullInNullOut: false));
    }

    /// <summary>Negative positions count from the end; start and end are inclusive [doc array-slice-function].</summary>
    private static DynArray Slice(DynArray array, long start, long end)
    {
        if (start < 0) start += array.Count;
        if (end < 0) end += array.Count;
        start = Math.Max(start, 0);
        end = Math.Min(end, array.Count - 1);
        return start > end ? DynArray.Empty : new DynArray(array.AsSpan()[(int)start..(int)(end + 1)].ToArray());
    }

    /// <summary>
    /// array_index_of(array, value[, start[, length[, occurrence]]]): like indexof() over the elements; -1 when
    /// absent; null when the input is not an array, the occurrence is negative or the length below -1
    /// [doc array-index-of-function].
    /// </summary>
    private static object? ArrayIndexOf(object?[] a)
    {
        if (a[0] is not DynArray array) return null;
        var value = Dynamic.FromScalar(a[1]);
        long start = a.Length > 2 ? (a[2] as long? ?? 0) : 0;
        long length = a.Length > 3 ? (a[3] as long? ?? -1) : -1;
        long occurrence = a.Length > 4 ? (a[4] as long? ?? 1) : 1;
        if (start < 0) start = Math.Max(0, array.Count + start);
        if (occurrence < 0 || length < -1) return null;
        long end = length < 0 ? array.Count : Math.Min(array.Count, start + length);
        for (long i = start, found = 0; i < end; i++)
        {
            if (DynValue.DeepEquals(array[(int)i], value) && ++found == occurrence) return i;
        }
        return -1L;
    }

    private static DynArray Rotate(DynArray array, long by)
    {
        if (array.Count == 0) return array;
        int shift = (int)(((by % array.Count) + array.Count) % array.Count);
        return new DynArray(array.Skip(shift).Concat(array.Take(shift)).ToArray());
    }

    /// <summary>Shifts left by n (right when negative), filling with the default value (null).</summary>
    private static DynArray Shift(DynArray array, long n, object? fill)
    {
        fill = Dynamic.FromScalar(fill);
        var items = new object?[array.Count];
        for (int i = 0; i < items.Length; i++)
        {
            long from = i + n;
            items[i] = from >= 0 && from < array.Count ? array[(int)from] : fill;
        }
        return new DynArray(items);
    }

    /// <summary>array_split(array, index or indices): the parts between the split points [doc array-split-function].</summary>
    private static DynArray? Split(DynArray array, object? indices)
    {
        var points = (indices switch { long l => [l], DynArray list => list.OfType<long>().ToArray(), _ => Array.Empty<long>() })
            .Select(p => (int)Math.Clamp(p < 0 ? p + array.Count : p, 0, array.Count)).Order().ToList();
        points.Add(array.Count);
        var parts = new List<object?>();
        int from = 0;
        foreach (int point in points)
        {
            int to = Math.Max(point, from);
            parts.Add(new DynArray(array.AsSpan()[from..to].ToArray()));
            from = to;
        }
        return new DynArray(parts.ToArray());
    }

    /// <summary>The sum of numeric elements; null when an element is not a number [doc array-sum-function].</summary>
    private static double? Sum(DynArray array)
    {
        double sum = 0;
        foreach (var item in array)
        {
            switch (item)
            {
                case long l: sum += l; break;
                case double d: sum += d; break;
                default: return null;
            }
        }
        return sum;
    }

    /// <summary>
    /// array_iff(conditions, whenTrue, whenFalse): per element, the value at the same place of whenTrue or
    /// whenFalse (arrays) or the value itself (scalars); a condition that is not a bool (or a missing
    /// element) gives null [doc array-iff-function].
    /// </summary>
    private static DynArray ArrayIff(DynArray conditions, object? whenTrue, object? whenFalse)
    {
        static object? At(object? source, int i) => source is DynArray array ? (i < array.Count ? array[i] : null) : Dynamic.FromScalar(source);
        var items = new object?[conditions.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = conditions[i] switch
            {
                bool b => At(b ? whenTrue : whenFalse, i),
                long l => At(l != 0 ? whenTrue : whenFalse, i),
                _ => null,
            };
        }
        return new DynArray(items);
    }

    /// <summary>
    /// array_sort_asc/desc(array[, nulls_last]): numbers, datetimes and timespans first, then strings,
    /// guids and other values; nulls last unless told otherwise [doc array-sort-asc-function]. Only the
    /// one-array form is supported (sorting several arrays together returns several columns).
    /// </summary>
    private static ScalarKernel Sort(KernelRequest request, bool descending)
    {
        bool nullsLast = !Kernel.TryConstant(request, 1, out bool flag) || flag;
        return Kernel.Rows(KqlType.Dynamic, a =>
        {
            if (a[0] is not DynArray array) return null;
            var values = array.Where(v => v is not null).ToList();
            values.Sort((x, y) => DynamicOrder.Compare(x, y) * (descending ? -1 : 1));
            var nulls = Enumerable.Repeat<object?>(null, array.Count - values.Count);
            return new DynArray((nullsLast ? values.Concat(nulls) : nulls.Concat(values)).ToArray());
        });
    }

    /// <summary>range(start, stop[, step]): from start towards stop by step, stop included when reached [doc range-function].</summary>
    private static object? Range(KqlType type, object start, object stop, object? step)
    {
        var items = new List<object?>();
        switch (type)
        {
            case KqlType.DateTime or KqlType.TimeSpan:
            {
                long from = ToTicks(start), to = ToTicks(stop), by = step is null ? TimeSpan.TicksPerDay : ToTicks(step);
                if (by == 0) return null;
                for (long t = from; (by > 0 ? t <= to : t >= to) && items.Count < MaxElements; t += by)
                    items.Add(type == KqlType.DateTime ? new DateTime(t, DateTimeKind.Utc) : new TimeSpan(t));
                break;
            }
            case KqlType.Real:
            {
                double from = (double)start, to = (double)stop, by = step is null ? 1 : (double)step;
                if (by == 0 || !double.IsFinite(by)) return null;
                for (long i = 0; items.Count < MaxElements; i++)
                {
                    double v = from + i * by;
                    if (by > 0 ? v > to : v < to) break;
                    items.Add(v);
                }
                break;
            }
            default:
            {
                long from = (long)start, to = (long)stop, by = step is null ? 1 : (long)step;
                if (by == 0) return null;
                for (long v = from; (by > 0 ? v <= to : v >= to) && items.Count < MaxElements; v += by) items.Add(v);
                break;
            }
        }
        return new DynArray(items.ToArray());
    }

    private static long ToTicks(object value) => value switch
    {
        DateTime t => t.Ticks,
        TimeSpan t => t.Ticks,
        _ => throw new QueryException("range() of datetimes needs a timespan step"),
    };
}
