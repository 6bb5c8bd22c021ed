using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Json;

/// <summary>
/// Needles on raw JSON. JSON writers escape <c>"</c> and <c>\</c>, may escape <c>/</c>, escape the
/// HTML-sensitive <c>&lt; &gt; &amp; ' + `</c> by default (.NET's encoder), and may write any non-ASCII
/// character as <c>\uXXXX</c>; fragments use none of these. A writer may even escape a plain letter
/// (legal, if odd), so a row holding any <c>\u</c> escape is never skipped: the prefilter stays sound
/// whatever wrote the file.
/// </summary>
internal static class JsonPrefilter
{
    public static bool IsVerbatim(char c) => c is not ('"' or '\\' or '/' or '<' or '>' or '&' or '\'' or '+' or '`');

    public static bool MayMatch(PrefilterMatcher matcher, ReadOnlySpan<byte> row) =>
        row.IndexOf("\\u"u8) >= 0 || matcher.Matches(row);
}
