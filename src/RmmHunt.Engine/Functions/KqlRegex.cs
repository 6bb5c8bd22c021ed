using System.Text.RegularExpressions;
using RmmHunt.Engine.Execution;

namespace RmmHunt.Engine.Functions;

/// <summary>
/// Regular expressions as KQL uses them (RE2 syntax). They run on .NET's non-backtracking engine so
/// that matching stays linear in the input, as with RE2, whatever pattern a rule brings. Constructs
/// RE2 lacks (lookaround, backreferences) are rejected, as Kusto rejects them.
/// </summary>
public static class KqlRegex
{
    public static Regex Create(string pattern) => Create(pattern, RegexOptions.None);

    public static Regex Create(string pattern, RegexOptions extra)
    {
        try
        {
            return new Regex(FromRe2(pattern), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | extra);
        }
        catch (NotSupportedException e)
        {
            throw new QueryException($"the regular expression \"{pattern}\" uses a construct KQL (RE2) does not support: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new QueryException($"invalid regular expression \"{pattern}\": {e.Message}", e);
        }
    }

    /// <summary>
    /// Rewrites RE2 syntax that .NET spells differently: named groups <c>(?P&lt;name&gt;...)</c> become
    /// <c>(?&lt;name&gt;...)</c>. Escaped characters and character classes are left alone.
    /// </summary>
    public static string FromRe2(string pattern)
    {
        if (!pattern.Contains("(?P<", StringComparison.Ordinal)) return pattern;
        var result = new System.Text.StringBuilder(pattern.Length);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                result.Append(c).Append(pattern[++i]);
                continue;
            }
            if (inClass) inClass = c != ']';
            else if (c == '[') inClass = true;
            else if (c == '(' && string.CompareOrdinal(pattern, i, "(?P<", 0, 4) == 0)
            {
                result.Append("(?<");
                i += 3;
                continue;
            }
            result.Append(c);
        }
        return result.ToString();
    }
}
