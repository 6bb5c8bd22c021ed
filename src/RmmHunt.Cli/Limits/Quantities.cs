using System.Globalization;
using System.Text.RegularExpressions;

namespace RmmHunt.Cli.Limits;

/// <summary>Durations (<c>30s</c>, <c>5m</c>, <c>1h30m</c>, <c>500ms</c>) and sizes (<c>512MB</c>, <c>2GB</c>) as written on the command line.</summary>
internal static partial class Quantities
{
    [GeneratedRegex(@"^(?:(\d+(?:\.\d+)?)(ms|s|m|h))+$", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(ms|s|m|h)", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPart();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*([KMGT]i?B?|B)$", RegexOptions.IgnoreCase)]
    private static partial Regex Size();

    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (!Duration().IsMatch(text)) return false;
        foreach (Match part in DurationPart().Matches(text))
        {
            double value = double.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
            duration += part.Groups[2].Value.ToLowerInvariant() switch
            {
                "ms" => TimeSpan.FromMilliseconds(value),
                "s" => TimeSpan.FromSeconds(value),
                "m" => TimeSpan.FromMinutes(value),
                _ => TimeSpan.FromHours(value),
            };
        }
        return duration > TimeSpan.Zero;
    }

    /// <summary>Bytes from <c>512MB</c>, <c>2G</c>, <c>1.5GiB</c> (all binary multiples: 1MB = 1,048,576 bytes).</summary>
    public static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        var match = Size().Match(text.Trim());
        if (!match.Success) return false;
        double value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        double multiple = char.ToUpperInvariant(match.Groups[2].Value[0]) switch
        {
            'K' => 1L << 10,
            'M' => 1L << 20,
            'G' => 1L << 30,
            'T' => 1L << 40,
            _ => 1,
        };
        double total = value * multiple;
        if (total < 1 || total > long.MaxValue / 2) return false;
        bytes = (long)total;
        return true;
    }
}
