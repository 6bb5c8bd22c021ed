namespace RmmHunt.Generator.Internals.Csv;

/// <summary>
/// The Defender portal's datetime text: <c>yyyy-MM-ddTHH:mm:ss[.fffffff]Z</c> in UTC with the trailing
/// zeros of the 100-ns fraction dropped, so between 0 and 7 fractional digits.
/// </summary>
internal static class PortalDateTime
{
    public const int MaxLength = 28;

    public static string Format(DateTime instant)
    {
        Span<byte> bytes = stackalloc byte[MaxLength];
        int length = Write(instant, bytes);
        return System.Text.Encoding.ASCII.GetString(bytes[..length]);
    }

    public static int Write(DateTime instant, Span<byte> destination)
    {
        var utc = instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : instant;
        Digits(destination[..4], utc.Year);
        destination[4] = (byte)'-';
        Digits(destination.Slice(5, 2), utc.Month);
        destination[7] = (byte)'-';
        Digits(destination.Slice(8, 2), utc.Day);
        destination[10] = (byte)'T';
        Digits(destination.Slice(11, 2), utc.Hour);
        destination[13] = (byte)':';
        Digits(destination.Slice(14, 2), utc.Minute);
        destination[16] = (byte)':';
        Digits(destination.Slice(17, 2), utc.Second);
        int length = 19;
        int fraction = (int)(utc.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            int digits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }
            destination[length++] = (byte)'.';
            Digits(destination.Slice(length, digits), fraction);
            length += digits;
        }
        destination[length++] = (byte)'Z';
        return length;
    }

    private static void Digits(Span<byte> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }
}
