using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions;

/// <summary>
/// Turns per-value functions into vector kernels, handling nulls (a null argument gives a null
/// result unless stated) and dictionary-encoded strings (computed once per distinct value).
/// </summary>
public static class Lift
{
    public static T[] Values<T>(Column column) where T : unmanaged => ((PrimitiveColumn<T>)column).Values;

    public static Column Map<TIn, TOut>(Column input, KqlType type, Func<TIn, TOut> f) where TIn : unmanaged where TOut : unmanaged
    {
        var source = (PrimitiveColumn<TIn>)input;
        var result = new TOut[source.Length];
        for (int i = 0; i < result.Length; i++)
        {
            if (!source.IsNull(i)) result[i] = f(source.Values[i]);
        }
        return new PrimitiveColumn<TOut>(type, result, source.Nulls, source.Length);
    }

    /// <summary>A function that may give null for a non-null input.</summary>
    public static Column MapNullable<TIn, TOut>(Column input, KqlType type, Func<TIn, TOut?> f) where TIn : unmanaged where TOut : unmanaged
    {
        var source = (PrimitiveColumn<TIn>)input;
        var result = new TOut[source.Length];
        NullMask? nulls = null;
        for (int i = 0; i < result.Length; i++)
        {
            TOut? value = source.IsNull(i) ? null : f(source.Values[i]);
            if (value is null) (nulls ??= new NullMask(result.Length)).Set(i);
            else result[i] = value.Value;
        }
        return new PrimitiveColumn<TOut>(type, result, nulls);
    }

    public static Column Map2<T1, T2, TOut>(Column a, Column b, KqlType type, Func<T1, T2, TOut> f)
        where T1 : unmanaged where T2 : unmanaged where TOut : unmanaged
    {
        var left = (PrimitiveColumn<T1>)a;
        var right = (PrimitiveColumn<T2>)b;
        var result = new TOut[left.Length];
        var nulls = Union(left.Nulls, right.Nulls, left.Length);
        for (int i = 0; i < result.Length; i++)
        {
            if (nulls is null || !nulls[i]) result[i] = f(left.Values[i], right.Values[i]);
        }
        return new PrimitiveColumn<TOut>(type, result, nulls);
    }

    public static Column Map2Nullable<T1, T2, TOut>(Column a, Column b, KqlType type, Func<T1, T2, TOut?> f)
        where T1 : unmanaged where T2 : unmanaged where TOut : unmanaged
    {
        var left = (PrimitiveColumn<T1>)a;
        var right = (PrimitiveColumn<T2>)b;
        var result = new TOut[left.Length];
        NullMask? nulls = null;
        for (int i = 0; i < result.Length; i++)
        {
            TOut? value = left.IsNull(i) || right.IsNull(i) ? null : f(left.Values[i], right.Values[i]);
            if (value is null) (nulls ??= new NullMask(result.Length)).Set(i);
            else result[i] = value.Value;
        }
        return new PrimitiveColumn<TOut>(type, result, nulls);
    }

    /// <summary>String in, fixed-size value out; once per distinct value of a dictionary column.</summary>
    public static Column FromString<TOut>(Column input, KqlType type, Func<string, TOut> f) where TOut : unmanaged =>
        new PrimitiveColumn<TOut>(type, ((StringColumn)input).MapDistinct(f));

    public static Column FromStringNullable<TOut>(Column input, KqlType type, Func<string, TOut?> f) where TOut : unmanaged
    {
        var values = ((StringColumn)input).MapDistinct(f);
        var result = new TOut[values.Length];
        NullMask? nulls = null;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v) result[i] = v;
            else (nulls ??= new NullMask(values.Length)).Set(i);
        }
        return new PrimitiveColumn<TOut>(type, result, nulls);
    }

    public static Column StringToString(Column input, Func<string, string> f) => ((StringColumn)input).MapStrings(f);

    /// <summary>String in, any KQL value out (dynamic arrays, nullable numbers...); once per distinct value.</summary>
    public static Column StringToValue(Column input, KqlType type, Func<string, object?> f)
    {
        var values = ((StringColumn)input).MapDistinct(f);
        if (type == KqlType.Dynamic) return new DynamicColumn(values);
        var builder = ColumnBuilder.Create(type, values.Length);
        foreach (var value in values) builder.Add(value);
        return builder.Build();
    }

    /// <summary>
    /// The general fallback: the function sees KQL value objects for one row at a time. Used for
    /// functions whose cost is dominated by their own work (JSON, URLs, regexes), not by the loop.
    /// </summary>
    public static Column Objects(Column[] args, int rowCount, KqlType type, Func<object?[], object?> f, bool nullInNullOut = true)
    {
        var builder = ColumnBuilder.Create(type, rowCount);
        var row = new object?[args.Length];
        for (int i = 0; i < rowCount; i++)
        {
            bool anyNull = false;
            for (int a = 0; a < args.Length; a++)
            {
                row[a] = args[a].GetValue(i);
                if (row[a] is null && args[a].Type != KqlType.String) anyNull = true;
            }
            builder.Add(nullInNullOut && anyNull ? null : f(row));
        }
        return builder.Build();
    }

    public static NullMask? Union(NullMask? a, NullMask? b, int length)
    {
        if (a is null) return b;
        if (b is null) return a;
        var result = new NullMask(length);
        for (int i = 0; i < length; i++)
        {
            if (a[i] || b[i]) result.Set(i);
        }
        return result;
    }
}
