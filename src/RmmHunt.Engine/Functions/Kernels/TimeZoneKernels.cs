using System.Collections.Concurrent;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// datetime_utc_to_local and datetime_local_to_utc with IANA zone names ("Europe/Paris", "US/Pacific")
/// from the machine's time zone database; an unknown zone gives null.
/// </summary>
internal static class TimeZoneKernels
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.Ordinal);

    public static void Register(Action<string, KernelFactory> add)
    {
        add("datetime_utc_to_local", _ => Kernel.Rows(KqlType.DateTime, a => Zone((string)a[1]!) is { } zone
            ? DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc((DateTime)a[0]!, zone), DateTimeKind.Utc) : null));
        add("datetime_local_to_utc", _ => Kernel.Rows(KqlType.DateTime, a => Zone((string)a[1]!) is { } zone ? ToUtc((DateTime)a[0]!, zone) : null));
    }

    private static TimeZoneInfo? Zone(string name) => Zones.GetOrAdd(name, n =>
        TimeZoneInfo.TryFindSystemTimeZoneById(n, out var zone) ? zone : null);

    /// <summary>
    /// A local time in a daylight-saving gap takes the offset after the change: 02:00 in Brussels on
    /// 2022-03-27 is 00:00 UTC [doc datetime-local-to-utc-function]; an ambiguous time takes standard time.
    /// </summary>
    private static DateTime? ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset = zone.IsInvalidTime(unspecified)
            ? zone.GetUtcOffset(unspecified.AddHours(3))
            : zone.GetUtcOffset(unspecified);
        long ticks = local.Ticks - offset.Ticks;
        return ticks >= 0 && ticks <= DateTime.MaxValue.Ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;
    }
}
