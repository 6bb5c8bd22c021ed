namespace RmmHunt.Kql.Values;

/// <summary>
/// Fast parser for the ISO 8601 form exports use: <c>yyyy-MM-ddTHH:mm:ss[.f{0,7}][Z|±hh:mm]</c>
/// (a space may stand for <c>T</c>). Written by hand because this runs once per datetime cell of
/// every input row, and the framework's parsers either require exactly seven fractional digits or
/// are several times slower.
/// </summary>
public static class IsoDateTime
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateTime value)
    {
        value = default;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-') return false;
        if (!Digits(s, 0, 4, out int year) || !Digits(s, 5, 2, out int month) || !Digits(s, 8, 2, out int day)) return false;
        int hour = 0, minute = 0, second = 0;
        long fraction = 0;
        int i = 10;
        if (s.Length > 10)
        {
            if (s[10] != 'T' && s[10] != ' ') return false;
            if (s.Length < 16 || s[13] != ':' || !Digits(s, 11, 2, out hour) || !Digits(s, 14, 2, out minute)) return false;
            i = 16;
            if (i < s.Length && s[i] == ':')
            {
                if (s.Length < 19 || !Digits(s, 17, 2, out second)) return false;
                i = 19;
                if (i < s.Length && s[i] == '.')
                {
                    i++;
                    int digits = 0;
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        if (digits < 7) { fraction = fraction * 10 + (s[i] - '0'); digits++; }
                        i++;
                    }
                    if (digits == 0) return false;
                    for (; digits < 7; digits++) fraction *= 10;
                }
            }
        }
        long offsetTicks = 0;
        if (i < s.Length)
        {
            if (s[i] == 'Z' && i == s.Length - 1) { }
            else if (s[i] is '+' or '-' && s.Length - i == 6 && s[i + 3] == ':' && Digits(s, i + 1, 2, out int oh) && Digits(s, i + 4, 2, out int om))
            {
                offsetTicks = (oh * 60L + om) * TimeSpan.TicksPerMinute * (s[i] == '-' ? -1 : 1);
            }
            else return false;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month) || year < 1) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        long ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fraction - offsetTicks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks) return false;
        value = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateTime value)
    {
        Span<char> chars = stackalloc char[40];
        if (utf8.Length > chars.Length) { value = default; return false; }
        for (int i = 0; i < utf8.Length; i++) chars[i] = (char)utf8[i];
        return TryParse(chars[..utf8.Length], out value);
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }
}
