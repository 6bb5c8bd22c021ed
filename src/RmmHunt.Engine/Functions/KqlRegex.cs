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
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | extra);
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
}
