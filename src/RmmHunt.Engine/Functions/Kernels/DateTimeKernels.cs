using System.Globalization;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// now/ago, period boundaries, date parts, make_datetime/make_timespan and unix times. Datetimes are
/// UTC ticks; a result outside 0001-01-01..9999-12-31 is null.
/// </summary>
internal static class DateTimeKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        // now() and ago() read the run's pinned clock, so every use in a run sees the same instant.
        add("now", r => new DelegateKernel((args, n) => args.Length == 0
            ? Column.Constant(KqlType.DateTime, r.Context.Now, n)
            : Lift.Map<long, long>(args[0], KqlType.DateTime, offset => r.Context.Now.Ticks + offset)));
        add("ago", r => new DelegateKernel((args, n) => Lift.Map<long, long>(args[0], KqlType.DateTime, span => r.Context.Now.Ticks - span)));
        foreach (var period in new[] { "day", "week", "month", "year" })
        {
            add("startof" + period, _ => Boundary(period, end: false));
            add("endof" + period, _ => Boundary(period, end: true));
        }
        add("dayofweek", _ => OfDate(KqlType.TimeSpan, t => (long)t.DayOfWeek * TimeSpan.TicksPerDay));
        add("dayofmonth", _ => OfDate(KqlType.Int, t => t.Day));
        add("dayofyear", _ => OfDate(KqlType.Int, t => t.DayOfYear));
        add("hourofday", _ => OfDate(KqlType.Int, t => t.Hour));
        add("monthofyear", _ => OfDate(KqlType.Int, t => t.Month));
        add("getmonth", _ => OfDate(KqlType.Int, t => t.Month));
        add("getyear", _ => OfDate(KqlType.Int, t => t.Year));
        add("week_of_year", _ => OfDate(KqlType.Int, ISOWeek.GetWeekOfYear));
        add("make_datetime", _ => Kernel.Rows(KqlType.DateTime, MakeDateTime));
        add("make_timespan", _ => Kernel.Rows(KqlType.TimeSpan, MakeTimespan));
        add("unixtime_seconds_todatetime", _ => UnixTime(TimeSpan.TicksPerSecond, 1));
        add("unixtime_milliseconds_todatetime", _ => UnixTime(TimeSpan.TicksPerMillisecond, 1));
        add("unixtime_microseconds_todatetime", _ => UnixTime(10, 1));
        add("unixtime_nanoseconds_todatetime", _ => UnixTime(1, 100));
    }

    private static ScalarKernel OfDate<T>(KqlType type, Func<DateTime, T> part) where T : unmanaged =>
        new DelegateKernel((args, n) => Lift.Map<long, T>(args[0], type, ticks => part(new DateTime(ticks, DateTimeKind.Utc))));

    public static long? ValidTicks(long ticks) => ticks >= 0 && ticks <= DateTime.MaxValue.Ticks ? ticks : null;

    /// <summary>
    /// startofX(date[, offset]) / endofX: the first (last) tick of date's day, week (starting Sunday),
    /// month or year, moved by offset periods [doc startofweek-function...].
    /// </summary>
    private static ScalarKernel Boundary(string period, bool end) => new DelegateKernel((args, n) =>
    {
        var offsets = args.Length > 1 ? args[1] : Column.Constant(KqlType.Long, 0L, n);
        return Lift.Map2Nullable<long, long, long>(args[0], offsets, KqlType.DateTime, (ticks, offset) =>
        {
            try
            {
                var start = PeriodStart(new DateTime(ticks, DateTimeKind.Utc), period, offset);
                return ValidTicks(end ? NextStartTicks(start, period) - 1 : start.Ticks);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        });
    });

    /// <summary>The start of the next period; the last period of 9999 ends at the last representable tick.</summary>
    private static long NextStartTicks(DateTime start, string period)
    {
        try
        {
            return AddPeriods(start, period, 1).Ticks;
        }
        catch (ArgumentOutOfRangeException)
        {
            return DateTime.MaxValue.Ticks + 1;
        }
    }

    private static DateTime PeriodStart(DateTime t, string period, long offset) => period switch
    {
        "day" => AddPeriods(t.Date, period, offset),
        "week" => AddPeriods(t.Date.AddDays(-(int)t.DayOfWeek), period, offset),
        "month" => AddPeriods(new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc), period, offset),
        _ => AddPeriods(new DateTime(t.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc), period, offset),
    };

    private static DateTime AddPeriods(DateTime t, string period, long count) => period switch
    {
        "day" => t.AddDays(count),
        "week" => t.AddDays(count * 7),
        "month" => t.AddMonths(checked((int)count)),
        _ => t.AddYears(checked((int)count)),
    };

    /// <summary>make_datetime(year, month, day[, hour, minute, second]): null when the parts are not a valid date [doc make-datetime-function].</summary>
    private static object? MakeDateTime(object?[] a)
    {
        long year = (long)a[0]!, month = (long)a[1]!, day = (long)a[2]!;
        long hour = a.Length > 3 ? (long)a[3]! : 0, minute = a.Length > 4 ? (long)a[4]! : 0;
        double second = a.Length > 5 ? (double)a[5]! : 0;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth((int)year, (int)month)) return null;
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or >= 60) return null;
        long ticks = new DateTime((int)year, (int)month, (int)day, (int)hour, (int)minute, 0, DateTimeKind.Utc).Ticks + (long)Math.Round(second * TimeSpan.TicksPerSecond);
        return new DateTime(ticks, DateTimeKind.Utc);
    }

    /// <summary>make_timespan(days, hours, minutes, seconds) or (hours, minutes[, seconds]) [doc make-timespan-function].</summary>
    private static object? MakeTimespan(object?[] a)
    {
        bool withDays = a.Length == 4;
        long days = withDays ? (long)a[0]! : 0;
        int first = withDays ? 1 : 0;
        long hours = (long)a[first]!, minutes = (long)a[first + 1]!;
        double seconds = a.Length > first + 2 ? (double)a[first + 2]! : 0;
        double ticks = ((days * 24.0 + hours) * 60 + minutes) * TimeSpan.TicksPerMinute + seconds * TimeSpan.TicksPerSecond;
        return Math.Abs(ticks) < long.MaxValue ? new TimeSpan((long)Math.Round(ticks)) : null;
    }

    /// <summary>
    /// unixtime_X_todatetime(n): 1970-01-01 plus n units (ticks = n * multiplier / divisor); whole numbers
    /// are converted exactly (nanoseconds truncated to 100-ns ticks), reals keep their fraction
    /// [doc unixtime-seconds-todatetime-function].
    /// </summary>
    private static ScalarKernel UnixTime(long multiplier, long divisor) => Kernel.Rows(KqlType.DateTime, a =>
    {
        if (a[0] is long units)
        {
            var exact = (Int128)units * multiplier / divisor + DateTime.UnixEpoch.Ticks;
            return exact >= 0 && exact <= DateTime.MaxValue.Ticks ? new DateTime((long)exact, DateTimeKind.Utc) : null;
        }
        double offset = Math.Round((double)a[0]! * multiplier / divisor);
        if (!double.IsFinite(offset) || Math.Abs(offset) > DateTime.MaxValue.Ticks) return null;
        long ticks = DateTime.UnixEpoch.Ticks + (long)offset;
        return ticks >= 0 && ticks <= DateTime.MaxValue.Ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;
    });
}
