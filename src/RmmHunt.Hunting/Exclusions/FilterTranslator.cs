using System.Globalization;
using System.Net;
using System.Net.Sockets;
using RmmHunt.Engine.Functions;

namespace RmmHunt.Hunting.Exclusions;

/// <summary>
/// Translates a filter into a KQL predicate over Defender columns, for the KQL front end to parse
/// and bind like any query text.
/// <para>
/// A filter is two-valued: a term on a missing value (a null port, an address that is not IPv4)
/// does not match, so <c>not</c> of it does. KQL is three-valued (<c>not(null)</c> is null, and a
/// filter drops null), so <c>not x</c> becomes <c>not(coalesce(x, false))</c>; with null read as false
/// everywhere else, <c>and</c> and <c>or</c> already agree.
/// </para>
/// </summary>
internal sealed class FilterTranslator(IReadOnlyDictionary<string, NetworkList> networks, IReadOnlySet<string> brokenNetworks)
{
    // Longer chains are split into parenthesised halves, so that a huge filter or network list gives
    // the KQL parser and binder a shallow tree rather than one as deep as the chain is long.
    private const int FlatChain = 16;

    public List<FilterError> Errors { get; } = [];

    /// <summary>The Defender columns the filter reads; a table without one of them cannot use it.</summary>
    public SortedSet<string> Columns { get; } = new(StringComparer.Ordinal);

    public string Translate(FilterNode node) => node switch
    {
        FilterTerm term => TranslateTerm(term),
        FilterNot not => $"not(coalesce({Translate(not.Operand)}, false))",
        FilterGroup group => Join(group.Operands.Select(o => o is FilterGroup ? $"({Translate(o)})" : Translate(o)).ToList(), group.IsAnd ? "and" : "or"),
        _ => throw new InvalidOperationException("unknown filter node " + node.GetType().Name),
    };

    private string TranslateTerm(FilterTerm term)
    {
        if (!FilterField.Known.TryGetValue(term.Field, out var field))
            return Fail(term.Start, HuntingCodes.FilterUnknownField,
                $"unknown field '{term.Field}'; the fields are {string.Join(", ", FilterField.Known.Keys)}");
        if (term.Value.Length == 0) return Fail(term.ValueStart, HuntingCodes.FilterInvalidValue, $"the value of {term.Field} is empty");
        Columns.Add(field.Column);
        return field.Match switch
        {
            FilterMatch.EqualsIgnoreCase => $"{field.Column} =~ {KqlLiteral.Quote(term.Value)}",
            FilterMatch.Contains => $"{field.Column} contains {KqlLiteral.Quote(term.Value)}",
            FilterMatch.Port => TranslatePort(field, term),
            _ => TranslateAddress(field, term),
        };
    }

    private string TranslatePort(FilterField field, FilterTerm term) =>
        int.TryParse(term.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535
            ? $"{field.Column} == {port}"
            : Fail(term.ValueStart, HuntingCodes.FilterInvalidValue, $"{term.Field} needs a port number from 0 to 65535, not \"{term.Value}\"");

    private string TranslateAddress(FilterField field, FilterTerm term)
    {
        if (networks.TryGetValue(term.Value, out var list))
        {
            var ranges = list.Ranges.Select(r => $"ipv4_is_in_range({field.Column}, {KqlLiteral.Quote(r)})").ToList();
            return ranges.Count == 1 ? ranges[0] : $"({Join(ranges, "or")})";
        }
        if (brokenNetworks.Contains(term.Value))
            return Fail(term.ValueStart, HuntingCodes.FilterInvalidValue, $"the network list '{term.Value}' has errors, so this exclusion is not used");
        if (Ipv4.Parse(term.Value) is { } ip && !term.Value.Any(char.IsWhiteSpace))
        {
            return term.Value.Contains('/')
                ? $"ipv4_is_in_range({field.Column}, {KqlLiteral.Quote(term.Value)})"
                : $"{field.Column} == {KqlLiteral.Quote(Dotted(ip.Address))}";
        }
        if (term.Value.Contains(':') && IPAddress.TryParse(term.Value, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6)
            return $"{field.Column} =~ {KqlLiteral.Quote(term.Value)}";
        string defined = networks.Count == 0 ? "this file defines none" : "this file defines " + string.Join(", ", networks.Keys);
        return Fail(term.ValueStart, HuntingCodes.FilterInvalidValue,
            $"\"{term.Value}\" is neither a network list ({defined}) nor an IP address or IPv4 range");
    }

    /// <summary>The canonical form (no leading zeros), as Defender writes addresses, for string equality.</summary>
    private static string Dotted(uint a) => $"{a >> 24}.{(a >> 16) & 255}.{(a >> 8) & 255}.{a & 255}";

    private static string Join(List<string> items, string op)
    {
        if (items.Count <= FlatChain) return string.Join($" {op} ", items);
        int half = items.Count / 2;
        return $"({Join(items[..half], op)}) {op} ({Join(items[half..], op)})";
    }

    private string Fail(int offset, string code, string message)
    {
        Errors.Add(new FilterError(offset, code, message));
        return "false";
    }
}
