using System.Globalization;
using System.Text;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// format_datetime and format_timespan: a constant format of the elements the docs list (runs of one
/// letter such as yyyy, MM, HH, fff) and delimiters; any other letter is an error, not a guess.
/// </summary>
internal static class FormatKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("format_bytes", FormatBytes);
        add("format_datetime", r =>
        {
            var elements = Parse(r, DateTimeElements);
            return new DelegateKernel((args, n) => Lift.Objects(args, n, KqlType.String, a => FormatDateTime((DateTime)a[0]!, elements)));
        });
        add("format_timespan", r =>
        {
            var elements = Parse(r, TimeSpanElements);
            return new DelegateKernel((args, n) => Lift.Objects(args, n, KqlType.String, a => FormatTimeSpan((TimeSpan)a[0]!, elements)));
        });
    }

    private static readonly string[] ByteUnits = ["Bytes", "KB", "MB", "GB", "TB", "PB", "EB"];

    /// <summary>
    /// format_bytes(size[, precision[, units]]): size in the given unit (powers of 1024), or in the largest
    /// unit it reaches at least once, rounded to precision digits: 10332 is "10.1 KB" at precision 1
    /// [doc format-bytes-function]. Trailing zeros of the rounded number are not printed [doc silent].
    /// </summary>
    private static ScalarKernel FormatBytes(KernelRequest request)
    {
        string? unit = Kernel.TryConstant(request, 2, out string u) && u.Length > 0 ? u : null;
        int fixedPower = unit is null ? -1 : Array.FindIndex(ByteUnits, b => b.Equals(unit, StringComparison.OrdinalIgnoreCase));
        if (unit is not null && fixedPower < 0) throw new QueryException($"format_bytes(): unknown unit '{unit}'; use one of {string.Join(", ", ByteUnits)}");
        return Kernel.Rows(KqlType.String, a =>
        {
            double size = (double)a[0]!;
            long precision = a.Length > 1 ? (long)a[1]! : 0;
            int power = fixedPower;
            if (power < 0)
            {
                power = 0;
                while (power < ByteUnits.Length - 1 && Math.Abs(size) >= Math.Pow(1024, power + 1)) power++;
            }
            double scaled = Math.Round(size / Math.Pow(1024, power), (int)Math.Clamp(precision, 0, 15), MidpointRounding.AwayFromZero);
            return $"{scaled.ToString("R", CultureInfo.InvariantCulture)} {ByteUnits[power]}";
        });
    }

    /// <summary>The elements format_datetime knows, by letter, with the longest run allowed [doc format-datetime-function].</summary>
    private static readonly Dictionary<char, int[]> DateTimeElements = new()
    {
        ['d'] = [1, 2], ['f'] = [1, 2, 3, 4, 5, 6, 7], ['F'] = [1, 2, 3, 4, 5, 6, 7], ['h'] = [1, 2], ['H'] = [1, 2],
        ['m'] = [1, 2], ['M'] = [1, 2], ['s'] = [1, 2], ['y'] = [1, 2, 4], ['t'] = [2],
    };

    /// <summary>The elements format_timespan knows [doc format-timespan-function].</summary>
    private static readonly Dictionary<char, int[]> TimeSpanElements = new()
    {
        ['d'] = [1, 2, 3, 4, 5, 6, 7, 8], ['f'] = [1, 2, 3, 4, 5, 6, 7], ['F'] = [1, 2, 3, 4, 5, 6, 7], ['h'] = [1, 2], ['H'] = [1, 2],
        ['m'] = [1, 2], ['s'] = [1, 2],
    };

    /// <summary>A letter run (Letter, Count) or a literal (Letter = '\0').</summary>
    private readonly record struct Element(char Letter, int Count, string Literal);

    private static Element[] Parse(KernelRequest request, Dictionary<char, int[]> known)
    {
        if (!Kernel.TryConstant(request, 1, out string format) || format.Length == 0)
            throw new QueryException($"{request.Function.Name}(): the format must be a non-empty constant");
        var elements = new List<Element>();
        for (int i = 0; i < format.Length;)
        {
            char c = format[i];
            int run = 1;
            while (i + run < format.Length && format[i + run] == c) run++;
            if (char.IsAsciiLetter(c))
            {
                if (!known.TryGetValue(c, out var counts) || !counts.Contains(run))
                    throw new QueryException($"{request.Function.Name}(): '{new string(c, run)}' is not a format element Kusto supports");
                elements.Add(new Element(c, run, ""));
            }
            else elements.Add(new Element('\0', 0, new string(c, run)));
            i += run;
        }
        return elements.ToArray();
    }

    private static string FormatDateTime(DateTime t, Element[] elements)
    {
        var text = new StringBuilder();
        foreach (var e in elements)
        {
            text.Append(e.Letter switch
            {
                '\0' => e.Literal,
                'd' => Pad(t.Day, e.Count),
                'h' => Pad(t.Hour % 12 == 0 ? 12 : t.Hour % 12, e.Count),
                'H' => Pad(t.Hour, e.Count),
                'm' => Pad(t.Minute, e.Count),
                'M' => Pad(t.Month, e.Count),
                's' => Pad(t.Second, e.Count),
                'y' => e.Count == 4 ? Pad(t.Year, 4) : e.Count == 2 ? Pad(t.Year % 100, 2) : (t.Year % 100).ToString(CultureInfo.InvariantCulture),
                't' => t.Hour < 12 ? "AM" : "PM",
                _ => Fraction(t.Ticks % TimeSpan.TicksPerSecond, e),
            });
        }
        return text.ToString();
    }

    /// <summary>Days are the whole days of the span; hours, minutes and seconds its components. A negative span gets a leading '-' [doc silent].</summary>
    private static string FormatTimeSpan(TimeSpan span, Element[] elements)
    {
        var text = new StringBuilder();
        if (span < TimeSpan.Zero)
        {
            text.Append('-');
            span = span == TimeSpan.MinValue ? TimeSpan.MaxValue : span.Negate();
        }
        foreach (var e in elements)
        {
            text.Append(e.Letter switch
            {
                '\0' => e.Literal,
                'd' => Pad(span.Days, e.Count),
                'h' or 'H' => Pad(span.Hours, e.Count),
                'm' => Pad(span.Minutes, e.Count),
                's' => Pad(span.Seconds, e.Count),
                _ => Fraction(span.Ticks % TimeSpan.TicksPerSecond, e),
            });
        }
        return text.ToString();
    }

    private static string Pad(long value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    /// <summary>f: the first n digits of the seven-digit fraction; F: the same without trailing zeros (nothing when zero).</summary>
    private static string Fraction(long ticks, Element e)
    {
        string digits = ticks.ToString("0000000", CultureInfo.InvariantCulture)[..e.Count];
        return e.Letter == 'f' ? digits : digits.TrimEnd('0');
    }
}
