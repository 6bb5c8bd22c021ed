using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>Datetime functions; signatures and column naming as in Kusto.Language's Functions.cs.</summary>
internal static class DateTimeFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("now", 0, 1, Signatures.Overloads((DateTimeT, []), (DateTimeT, [TimeSpanT]))) with { IsRunConstant = true },
        Scalar("ago", 1, 1, Signatures.Fixed(DateTimeT, TimeSpanT)) with { IsRunConstant = true },
        Boundary("startofday").NamedAsArgument(),
        Boundary("endofday"),
        Boundary("startofweek"), Boundary("endofweek"),
        Boundary("startofmonth"), Boundary("endofmonth"),
        Boundary("startofyear"), Boundary("endofyear"),
        Scalar("dayofweek", TimeSpanT, DateTimeT),
        Scalar("dayofmonth", IntT, DateTimeT),
        Scalar("dayofyear", IntT, DateTimeT),
        Scalar("hourofday", IntT, DateTimeT),
        Scalar("monthofyear", IntT, DateTimeT),
        Scalar("getmonth", IntT, DateTimeT),
        Scalar("getyear", IntT, DateTimeT),
        Scalar("week_of_year", IntT, DateTimeT),
        Scalar("datetime_part", IntT, StringT, DateTimeT).WithConstants(0),
        Scalar("datetime_add", DateTimeT, StringT, LongT, DateTimeT).WithConstants(0),
        Scalar("datetime_diff", LongT, StringT, DateTimeT, DateTimeT).WithConstants(0),
        Scalar("format_datetime", StringT, DateTimeT, StringT).WithConstants(1).NamedAsArgument(),
        Scalar("format_timespan", StringT, TimeSpanT, StringT).WithConstants(1).NamedAsArgument(),
        Scalar("make_datetime", 3, 6, Signatures.Overloads((DateTimeT, [LongT, LongT, LongT, LongT, LongT, RealT]))) with { Naming = ResultNaming.OnlyArgument },
        Scalar("make_timespan", 2, 4, MakeTimespan) with { Naming = ResultNaming.OnlyArgument },
        Scalar("datetime_utc_to_local", DateTimeT, DateTimeT, StringT),
        Scalar("datetime_local_to_utc", DateTimeT, DateTimeT, StringT),
        UnixTime("unixtime_seconds_todatetime"),
        UnixTime("unixtime_milliseconds_todatetime"),
        UnixTime("unixtime_microseconds_todatetime"),
        UnixTime("unixtime_nanoseconds_todatetime"),
    ];

    /// <summary>startofX(date[, offset]): the start (or end) of date's period, moved by offset periods.</summary>
    private static FunctionSymbol Boundary(string name) => Scalar(name, 1, 2, Signatures.Overloads((DateTimeT, [DateTimeT, LongT])));

    private static FunctionSymbol UnixTime(string name) => Scalar(name, 1, 1, Signatures.Overloads((DateTimeT, [LongT]), (DateTimeT, [RealT])));

    /// <summary>make_timespan(days, hours, minutes, seconds) or make_timespan(hours, minutes[, seconds]).</summary>
    private static Resolution MakeTimespan(IReadOnlyList<KqlType> args) => args.Count == 4
        ? Signatures.Fixed(TimeSpanT, LongT, LongT, LongT, RealT)(args)
        : Signatures.Overloads((TimeSpanT, [LongT, LongT, RealT]))(args);
}
