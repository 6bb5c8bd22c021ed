namespace RmmHunt.Engine.Tests.Time;

/// <summary>Datetime functions (https://learn.microsoft.com/kusto/query/NAME-function).</summary>
public class DateTimeFunctionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory] // datetime-diff-function
    [InlineData("datetime_diff('year', datetime(2017-01-01), datetime(2000-12-31))", "17")]
    [InlineData("datetime_diff('quarter', datetime(2017-07-01), datetime(2017-03-30))", "2")]
    [InlineData("datetime_diff('month', datetime(2017-01-01), datetime(2015-12-30))", "13")]
    [InlineData("datetime_diff('week', datetime(2017-10-29 00:00), datetime(2017-09-30 23:59))", "5")]
    [InlineData("datetime_diff('day', datetime(2017-10-29 00:00), datetime(2017-09-30 23:59))", "29")]
    [InlineData("datetime_diff('hour', datetime(2017-10-31 01:00), datetime(2017-10-30 23:59))", "2")]
    [InlineData("datetime_diff('minute', datetime(2017-10-30 23:05:01), datetime(2017-10-30 23:00:59))", "5")]
    [InlineData("datetime_diff('second', datetime(2017-10-30 23:00:10.100), datetime(2017-10-30 23:00:00.900))", "10")]
    [InlineData("datetime_diff('millisecond', datetime(2017-10-30 23:00:00.200100), datetime(2017-10-30 23:00:00.100900))", "100")]
    [InlineData("datetime_diff('microsecond', datetime(2017-10-30 23:00:00.1009001), datetime(2017-10-30 23:00:00.1008009))", "100")]
    [InlineData("datetime_diff('nanosecond', datetime(2017-10-30 23:00:00.0000000), datetime(2017-10-30 23:00:00.0000007))", "-700")]
    [InlineData("datetime_diff('Day', datetime(2024-01-02), datetime(2024-01-01))", "1")] // periods are case-insensitive
    [InlineData("datetime_diff('day', datetime(null), datetime(2024-01-01))", "null")]
    public void Datetime_diff(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Datetime_diff_rejects_an_unknown_period() =>
        Assert.ThrowsAny<Exception>(() => Eval("datetime_diff('fortnight', now(), now())"));

    [Theory] // datetime-add-function
    [InlineData("datetime_add('year', 1, datetime(2017-01-01))", "2018-01-01T00:00:00.0000000Z")]
    [InlineData("datetime_add('quarter', 1, datetime(2017-01-01))", "2017-04-01T00:00:00.0000000Z")]
    [InlineData("datetime_add('month', 1, datetime(2017-01-31))", "2017-02-28T00:00:00.0000000Z")]
    [InlineData("datetime_add('week', 1, datetime(2017-01-01))", "2017-01-08T00:00:00.0000000Z")]
    [InlineData("datetime_add('day', -1, datetime(2017-01-01))", "2016-12-31T00:00:00.0000000Z")]
    [InlineData("datetime_add('hour', 1, datetime(2017-01-01))", "2017-01-01T01:00:00.0000000Z")]
    [InlineData("datetime_add('millisecond', 1, datetime(2017-01-01))", "2017-01-01T00:00:00.0010000Z")]
    [InlineData("datetime_add('nanosecond', 100, datetime(2017-01-01))", "2017-01-01T00:00:00.0000001Z")]
    [InlineData("datetime_add('year', 10000, datetime(2017-01-01))", "null")]
    public void Datetime_add(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // datetime-part-function
    [InlineData("year", "2017")]
    [InlineData("quarter", "4")]
    [InlineData("month", "10")]
    [InlineData("week_of_year", "44")]
    [InlineData("day", "30")]
    [InlineData("dayOfYear", "303")]
    [InlineData("hour", "1")]
    [InlineData("minute", "2")]
    [InlineData("second", "3")]
    [InlineData("millisecond", "765")]
    [InlineData("microsecond", "765432")]
    [InlineData("nanosecond", "765432100")]
    public void Datetime_part(string part, string expected) =>
        Assert.Equal(expected, Eval($"datetime_part('{part}', datetime(2017-10-30 01:02:03.7654321))"));

    [Theory] // startofweek-function, startofmonth-function, startofyear-function, endof*-function
    [InlineData("startofweek(datetime(2017-01-01 10:10:17))", "2017-01-01T00:00:00.0000000Z")]
    [InlineData("startofweek(datetime(2017-01-04 10:10:17), 1)", "2017-01-08T00:00:00.0000000Z")]
    [InlineData("startofmonth(datetime(2017-01-05 10:10:17), -1)", "2016-12-01T00:00:00.0000000Z")]
    [InlineData("startofyear(datetime(2017-05-05), 1)", "2018-01-01T00:00:00.0000000Z")]
    [InlineData("endofweek(datetime(2017-01-01 10:10:17))", "2017-01-07T23:59:59.9999999Z")]
    [InlineData("endofmonth(datetime(2016-02-05))", "2016-02-29T23:59:59.9999999Z")]
    [InlineData("endofyear(datetime(2017-01-01), -1)", "2016-12-31T23:59:59.9999999Z")]
    [InlineData("endofyear(datetime(9999-05-01))", "9999-12-31T23:59:59.9999999Z")]
    public void Period_boundaries(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // dayofweek-function, dayofmonth-function, dayofyear-function, hourofday-function, monthofyear-function, getyear, getmonth, week-of-year-function
    [InlineData("dayofweek(datetime(1947-11-30 10:00:05))", "00:00:00")] // a Sunday
    [InlineData("dayofweek(datetime(1970-05-11))", "1.00:00:00")] // a Monday
    [InlineData("dayofmonth(datetime(2015-12-14))", "14")]
    [InlineData("dayofyear(datetime(2015-12-14))", "348")]
    [InlineData("hourofday(datetime(2015-12-14 18:54:00))", "18")]
    [InlineData("monthofyear(datetime(2015-12-14))", "12")]
    [InlineData("getmonth(datetime(2015-10-12))", "10")]
    [InlineData("getyear(datetime(2015-10-12))", "2015")]
    [InlineData("week_of_year(datetime(2020-12-31))", "53")]
    [InlineData("week_of_year(datetime(2021-01-01))", "53")]
    [InlineData("week_of_year(datetime(2021-01-04))", "1")]
    public void Date_parts(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // format-datetime-function
    [InlineData("format_datetime(datetime(2015-12-14 02:03:04.12345), 'y-M-d h:m:s.fffffff')", "15-12-14 2:3:4.1234500")]
    [InlineData("format_datetime(datetime(2017-01-29 09:00:05), 'yy-MM-dd [HH:mm:ss]')", "17-01-29 [09:00:05]")]
    [InlineData("format_datetime(datetime(2017-01-29 09:00:05), 'yyyy-M-dd [H:mm:ss]')", "2017-1-29 [9:00:05]")]
    [InlineData("format_datetime(datetime(2017-01-29 09:00:05), 'yy-MM-dd [hh:mm:ss tt]')", "17-01-29 [09:00:05 AM]")]
    [InlineData("format_datetime(datetime(2017-01-29 13:00:05.5), 'hh:mm:ss.FFF tt')", "01:00:05.5 PM")]
    [InlineData("format_datetime(datetime(null), 'yyyy')", "")]
    public void Format_datetime(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Format_datetime_rejects_an_unknown_element() =>
        Assert.ThrowsAny<Exception>(() => Eval("format_datetime(now(), 'yyyy-MMM')"));

    [Theory] // format-timespan-function
    [InlineData("format_timespan(time(29.09:00:05.12345), 'dd.hh:mm:ss:FF')", "29.09:00:05:12")]
    [InlineData("format_timespan(time(29.09:00:05.12345), 'ddd.h:mm:ss [fffffff]')", "029.9:00:05 [1234500]")]
    [InlineData("format_timespan(2d, 'd')", "2")]
    [InlineData("format_timespan(-90m, 'hh:mm')", "-01:30")] // decided: a negative span gets a leading '-'
    public void Format_timespan(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // make-datetime-function, make-timespan-function
    [InlineData("make_datetime(2017, 10, 01)", "2017-10-01T00:00:00.0000000Z")]
    [InlineData("make_datetime(2017, 10, 01, 12, 10)", "2017-10-01T12:10:00.0000000Z")]
    [InlineData("make_datetime(2017, 10, 01, 12, 11, 0.1234567)", "2017-10-01T12:11:00.1234567Z")]
    [InlineData("make_datetime(2017, 2, 30)", "null")]
    [InlineData("make_timespan(67, 12, 30, 59.9799)", "67.12:30:59.9799000")]
    [InlineData("make_timespan(12, 30, 15.5)", "12:30:15.5000000")]
    [InlineData("make_timespan(25, 0)", "1.01:00:00")]
    public void Make(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // unixtime-*-todatetime-function
    [InlineData("unixtime_seconds_todatetime(1546300800)", "2019-01-01T00:00:00.0000000Z")]
    [InlineData("unixtime_seconds_todatetime(1546300800.5)", "2019-01-01T00:00:00.5000000Z")]
    [InlineData("unixtime_milliseconds_todatetime(1546300800000)", "2019-01-01T00:00:00.0000000Z")]
    [InlineData("unixtime_microseconds_todatetime(1546300800000000)", "2019-01-01T00:00:00.0000000Z")]
    [InlineData("unixtime_nanoseconds_todatetime(1546300800000000123)", "2019-01-01T00:00:00.0000001Z")]
    [InlineData("unixtime_seconds_todatetime(-1)", "1969-12-31T23:59:59.0000000Z")]
    public void Unix_times(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // datetime-local-to-utc-function, datetime-utc-to-local-function
    [InlineData("datetime_local_to_utc(datetime(2020-02-02 20:02:20), 'US/Pacific')", "2020-02-03T04:02:20.0000000Z")]
    [InlineData("datetime_local_to_utc(datetime(2020-02-02 20:02:20), 'America/Chicago')", "2020-02-03T02:02:20.0000000Z")]
    [InlineData("datetime_local_to_utc(datetime(2020-02-02 20:02:20), 'Europe/Paris')", "2020-02-02T19:02:20.0000000Z")]
    [InlineData("datetime_local_to_utc(datetime(2022-03-27 02:00), 'Europe/Brussels')", "2022-03-27T00:00:00.0000000Z")] // in the DST gap
    [InlineData("datetime_local_to_utc(datetime(2022-03-27 03:00), 'Europe/Brussels')", "2022-03-27T01:00:00.0000000Z")]
    [InlineData("datetime_utc_to_local(datetime(2022-03-27 00:00), 'Europe/Brussels')", "2022-03-27T01:00:00.0000000Z")]
    [InlineData("datetime_utc_to_local(datetime(2022-03-27 01:00), 'Europe/Brussels')", "2022-03-27T03:00:00.0000000Z")]
    [InlineData("datetime_utc_to_local(datetime(2022-03-27 01:00), 'Not/AZone')", "null")]
    public void Time_zones(string expression, string expected) => Assert.Equal(expected, Eval(expression));
}
