using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// <c>evaluate ipv4_lookup(LookupTable, SourceIPv4Key, IPv4LookupKey [, ExtraKey...] [, return_unmatched])</c>
    /// (ipv4-lookup-plugin.md): a lookup join on "the address lies in the range", with optional equal extra keys.
    /// </summary>
    private BoundTable? BindIpv4Lookup(BoundTable input, CallExpr call)
    {
        if (call.Args.Count < 3)
        {
            Error(call.Span, "ipv4_lookup() takes the lookup table, the source IPv4 column and the lookup key column", DiagnosticCodes.ArgumentCount);
            return null;
        }
        var lookup = BindTabular(call.Args[0]);
        if (lookup is null) return null;
        var source = BindScalar(call.Args[1], new RowScope(input.Schema));
        var range = BindScalar(call.Args[2], new RowScope(lookup.Schema));
        if (source.Type == KqlType.Unknown || range.Type == KqlType.Unknown) return null;
        if (source.Type != KqlType.String || range.Type != KqlType.String)
        {
            Error(call.Span, "the IPv4 keys of ipv4_lookup() must be strings", DiagnosticCodes.TypeMismatch);
            return null;
        }
        bool returnUnmatched = false;
        var extra = new List<(int, int)>();
        for (int i = 3; i < call.Args.Count; i++)
        {
            if (i == call.Args.Count - 1 && call.Args[i] is LiteralExpr { Type: KqlType.Bool, Value: bool flag })
            {
                returnUnmatched = flag;
                continue;
            }
            int left = call.Args[i] is NameExpr named ? input.Schema.IndexOf(named.Name) : -1;
            int right = call.Args[i] is NameExpr other ? lookup.Schema.IndexOf(other.Name) : -1;
            if (left < 0 || right < 0)
            {
                Error(call.Args[i].Span, "an extra key of ipv4_lookup() must be a column both tables have", DiagnosticCodes.UnknownColumn);
                return null;
            }
            if (input.Schema.Columns[left].Type != lookup.Schema.Columns[right].Type)
            {
                Error(call.Args[i].Span, $"the extra key '{input.Schema.Columns[left].Name}' has different types in the two tables", DiagnosticCodes.TypeMismatch);
                return null;
            }
            extra.Add((left, right));
        }
        var outputs = Enumerable.Range(0, lookup.Schema.Count).Where(i => !extra.Any(e => e.Item2 == i)).ToArray();
        var names = input.Schema.Columns.Select(c => c.Name).ToList();
        var columns = input.Schema.Columns.ToList();
        foreach (int i in outputs)
        {
            var column = lookup.Schema.Columns[i];
            if (names.Contains(column.Name))
            {
                Error(call.Span, $"ipv4_lookup(): both tables have a column '{column.Name}' that is not a key", DiagnosticCodes.DuplicateColumn);
                return null;
            }
            names.Add(column.Name);
            columns.Add(column);
        }
        return new BoundIpv4Lookup(input, lookup, source, range, extra, returnUnmatched, outputs, new TableSchema(input.Schema.Name, columns));
    }
}
