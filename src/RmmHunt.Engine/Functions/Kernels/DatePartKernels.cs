using System.Globalization;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>datetime_part, datetime_add and datetime_diff, by a period named in a constant (case-insensitive).</summary>
internal static class DatePartKernels
{
    private static readonly string[] Periods = ["year", "quarter", "month", "week", "day", "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];
    private static readonly string[] Parts = ["year", "quarter", "month", "week_of_year", "day", "dayofyear", "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];

    public static void Register(Action<string, KernelFactory> add)
    {
        add("datetime_part", r =>
        {
            string part = Name(r, Parts);
            return new DelegateKernel((args, n) => Lift.Map<long, int>(args[1], KqlType.Int, ticks => Part(part, ticks)));
        });
        add("datetime_add", r =>
        {
            string period = Name(r, Periods);
            return new DelegateKernel((args, n) => Lift.Map2Nullable<long, long, long>(args[1], args[2], KqlType.DateTime, (amount, ticks) => Add(period, amount, ticks)));
        });
        add("datetime_diff", r =>
        {
            string period = Name(r, Periods);
            return new DelegateKernel((args, n) => Lift.Map2<long, long, long>(args[1], args[2], KqlType.Long, (t1, t2) => Diff(period, t1, t2)));
        });
    }

    private static string Name(KernelRequest request, string[] allowed)
    {
        string name = Kernel.TryConstant(request, 0, out string text) ? text.ToLowerInvariant() : "";
        return allowed.Contains(name) ? name
            : throw new QueryException($"{request.Function.Name}(): unknown period '{text}'; use one of {string.Join(", ", allowed)}");
    }

    /// <summary>datetime_part(part, date): the part as an integer; week_of_year is the ISO 8601 week [doc datetime-part-function].</summary>
    private static int Part(string part, long ticks)
    {
        var t = new DateTime(ticks, DateTimeKind.Utc);
        long subSecond = ticks % TimeSpan.TicksPerSecond;
        return part switch
        {
            "year" => t.Year,
            "quarter" => (t.Month + 2) / 3,
            "month" => t.Month,
            "week_of_year" => ISOWeek.GetWeekOfYear(t),
            "day" => t.Day,
            "dayofyear" => t.DayOfYear,
            "hour" => t.Hour,
            "minute" => t.Minute,
            "second" => t.Second,
            "millisecond" => (int)(subSecond / TimeSpan.TicksPerMillisecond),
            "microsecond" => (int)(subSecond / 10),
            _ => (int)(subSecond * 100),
        };
    }

    /// <summary>datetime_add(period, amount, date): months and years keep the day where the month has it, else its last day [doc datetime-add-function].</summary>
    private static long? Add(string period, long amount, long ticks)
    {
        try
        {
            var t = new DateTime(ticks, DateTimeKind.Utc);
            long result = period switch
            {
                "year" => t.AddYears(checked((int)amount)).Ticks,
                "quarter" => t.AddMonths(checked((int)(amount * 3))).Ticks,
                "month" => t.AddMonths(checked((int)amount)).Ticks,
                "week" => checked(ticks + amount * 7 * TimeSpan.TicksPerDay),
                "day" => checked(ticks + amount * TimeSpan.TicksPerDay),
                "hour" => checked(ticks + amount * TimeSpan.TicksPerHour),
                "minute" => checked(ticks + amount * TimeSpan.TicksPerMinute),
                "second" => checked(ticks + amount * TimeSpan.TicksPerSecond),
                "millisecond" => checked(ticks + amount * TimeSpan.TicksPerMillisecond),
                "microsecond" => checked(ticks + amount * 10),
                _ => ticks + amount / 100,
            };
            return DateTimeKernels.ValidTicks(result);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// datetime_diff(period, date1, date2): the number of period boundaries crossed from date2 to date1
    /// (date1 - date2): ('year', 2017-01-01, 2000-12-31) is 17, ('day', 2017-10-29 00:00, 2017-09-30 23:59)
    /// is 29; weeks start on Sunday [doc datetime-diff-function].
    /// </summary>
    private static long Diff(string period, long ticks1, long ticks2)
    {
        var a = new DateTime(ticks1, DateTimeKind.Utc);
        var b = new DateTime(ticks2, DateTimeKind.Utc);
        return period switch
        {
            "year" => a.Year - b.Year,
            "quarter" => (a.Year * 4L + (a.Month - 1) / 3) - (b.Year * 4L + (b.Month - 1) / 3),
            "month" => (a.Year * 12L + a.Month) - (b.Year * 12L + b.Month),
            "week" => (WeekStart(ticks1) - WeekStart(ticks2)) / (7 * TimeSpan.TicksPerDay),
            "day" => Floor(ticks1, TimeSpan.TicksPerDay) - Floor(ticks2, TimeSpan.TicksPerDay),
            "hour" => Floor(ticks1, TimeSpan.TicksPerHour) - Floor(ticks2, TimeSpan.TicksPerHour),
            "minute" => Floor(ticks1, TimeSpan.TicksPerMinute) - Floor(ticks2, TimeSpan.TicksPerMinute),
            "second" => Floor(ticks1, TimeSpan.TicksPerSecond) - Floor(ticks2, TimeSpan.TicksPerSecond),
            "millisecond" => Floor(ticks1, TimeSpan.TicksPerMillisecond) - Floor(ticks2, TimeSpan.TicksPerMillisecond),
            "microsecond" => Floor(ticks1, 10) - Floor(ticks2, 10),
            _ => (ticks1 - ticks2) * 100,
        };
    }

    private static long Floor(long ticks, long unit) => ticks / unit;

    private static long WeekStart(long ticks)
    {
        long day = ticks / TimeSpan.TicksPerDay * TimeSpan.TicksPerDay;
        return day - (long)new DateTime(day, DateTimeKind.Utc).DayOfWeek * TimeSpan.TicksPerDay;
    }
}
