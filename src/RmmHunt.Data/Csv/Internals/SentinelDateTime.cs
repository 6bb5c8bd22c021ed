namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// The Sentinel / Log Analytics portal's CSV datetime, <c>M/d/yyyy, h:mm:ss[.fff] AM|PM</c> (en-US UI),
/// read leniently: the comma, the fraction (up to 7 digits) and AM/PM (24-hour clock) are optional.
/// </summary>
internal static class SentinelDateTime
{
    public static bool TryParse(ReadOnlySpan<byte> s, out DateTime value)
    {
        value = default;
        int i = 0;
        if (!Number(s, ref i, 1, 2, out int month) || !Expect(s, ref i, '/')
            || !Number(s, ref i, 1, 2, out int day) || !Expect(s, ref i, '/')
            || !Number(s, ref i, 4, 4, out int year)) return false;
        if (i < s.Length && s[i] == ',') i++;
        if (!Expect(s, ref i, ' ')) return false;
        if (!Number(s, ref i, 1, 2, out int hour) || !Expect(s, ref i, ':')
            || !Number(s, ref i, 2, 2, out int minute) || !Expect(s, ref i, ':')
            || !Number(s, ref i, 2, 2, out int second)) return false;
        long fraction = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            int start = i;
            if (!Number(s, ref i, 1, 7, out int digits)) return false;
            fraction = digits;
            for (int n = i - start; n < 7; n++) fraction *= 10;
        }
        if (i < s.Length)
        {
            if (!Expect(s, ref i, ' ') || s.Length - i != 2 || (s[i + 1] | 0x20) != 'm') return false;
            bool pm = (s[i] | 0x20) == 'p';
            if (!pm && (s[i] | 0x20) != 'a') return false;
            if (hour is < 1 or > 12) return false;
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fraction);
        return true;
    }

    private static bool Number(ReadOnlySpan<byte> s, ref int i, int min, int max, out int value)
    {
        value = 0;
        int start = i;
        while (i < s.Length && i - start < max && (uint)(s[i] - '0') <= 9) value = value * 10 + (s[i++] - '0');
        return i - start >= min;
    }

    private static bool Expect(ReadOnlySpan<byte> s, ref int i, char c)
    {
        if (i >= s.Length || s[i] != c) return false;
        i++;
        return true;
    }
}
