namespace RmmHunt.Data.Parquet;

/// <summary>
/// A stored Parquet value to its in-memory form. Structs, so that the generic reader is compiled once
/// per conversion with the conversion inlined (a delegate call per value cost more than the conversion).
/// </summary>
internal interface IValueConversion<TPhysical, TValue>
{
    TValue Convert(TPhysical value);
}

internal readonly struct SameValue<T> : IValueConversion<T, T>
{
    public T Convert(T value) => value;
}

internal readonly struct FloatToDouble : IValueConversion<float, double>
{
    public double Convert(float value) => value;
}

/// <summary>A DATE (days since 1970-01-01) to datetime ticks.</summary>
internal readonly struct DaysToTicks : IValueConversion<int, long>
{
    public long Convert(int value) => DateTime.UnixEpoch.Ticks + value * TimeSpan.TicksPerDay;
}

/// <summary>A TIMESTAMP in nanoseconds to ticks (100 ns).</summary>
internal readonly struct NanosToTicks : IValueConversion<long, long>
{
    public long Convert(long value) => DateTime.UnixEpoch.Ticks + value / 100;
}

/// <summary>A TIMESTAMP in milliseconds or microseconds to ticks.</summary>
internal readonly struct UnitsToTicks(long ticksPerUnit) : IValueConversion<long, long>
{
    public long Convert(long value) => DateTime.UnixEpoch.Ticks + value * ticksPerUnit;
}
