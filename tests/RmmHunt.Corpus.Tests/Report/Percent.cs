using System.Globalization;

namespace RmmHunt.Corpus.Tests.Report;

internal static class Percent
{
    public static double Of(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);

    public static string Text(int part, int whole) => Of(part, whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
