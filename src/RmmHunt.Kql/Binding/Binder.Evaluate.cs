using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Values;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    private BoundTable? BindEvaluate(BoundTable input, EvaluateOperator evaluate)
    {
        var plugin = evaluate.Plugin;
        if (plugin.Name == "pivot") return BindPivot(input, plugin);
        if (plugin.Name == "ipv4_lookup") return BindIpv4Lookup(input, plugin);
        if (plugin.Name != "bag_unpack")
        {
            Error(plugin.NameSpan, $"the plugin {plugin.Name}() is not supported", DiagnosticCodes.UnsupportedFunction);
            return null;
        }
        return BindBagUnpack(input, plugin);
    }

    /// <summary>
    /// The output columns follow the data: every property name the bag column holds, in name order, typed
    /// by its values (one scalar type throughout, else dynamic), after the input's other columns.
    /// </summary>
    private BoundTable? BindBagUnpack(BoundTable input, CallExpr call)
    {
        if (call.Args.Count is < 1 or > 2)
        {
            Error(call.Span, "bag_unpack() takes the bag column and an optional column name prefix", DiagnosticCodes.ArgumentCount);
            return null;
        }
        var bag = BindScalar(call.Args[0], new RowScope(input.Schema));
        if (bag.Type == KqlType.Unknown) return null;
        if (bag.Type != KqlType.Dynamic)
        {
            Error(call.Args[0].Span, $"bag_unpack() needs a dynamic property bag, not {bag.Type.Name()}", DiagnosticCodes.TypeMismatch);
            return null;
        }
        string prefix = "";
        if (call.Args.Count == 2 && ConstantValue(Coerce(BindScalar(call.Args[1], null), KqlType.String, call.Args[1].Span, "the prefix"), call.Args[1].Span, "the prefix") is string p) prefix = p;
        if (_probe is null)
        {
            Error(call.Span, "bag_unpack() makes its columns from the data, so this query can only be bound when it runs over data", DiagnosticCodes.NeedsData);
            return null;
        }
        var types = new SortedDictionary<string, KqlType?>(StringComparer.Ordinal);
        foreach (var value in _probe.Values(input, bag))
        {
            if (value is not DynBag properties) continue;
            foreach (var (key, item) in properties)
            {
                var type = ScalarTypeOf(item);
                types[key] = types.TryGetValue(key, out var seen) && seen != type ? KqlType.Dynamic : type;
            }
        }
        var passthrough = Enumerable.Range(0, input.Schema.Count).Where(i => bag is not BoundColumn c || c.Ordinal != i).ToArray();
        var names = passthrough.Select(i => input.Schema.Columns[i].Name).ToList();
        var columns = passthrough.Select(i => input.Schema.Columns[i]).ToList();
        foreach (var (key, type) in types)
        {
            string name = ColumnNames.Unique(prefix + key, names);
            names.Add(name);
            columns.Add(new ColumnSymbol(name, type ?? KqlType.Dynamic));
        }
        return new BoundBagUnpack(input, bag, types.Keys.ToArray(), passthrough, new TableSchema(input.Schema.Name, columns));
    }

    /// <summary>The column type a property's values get: their scalar type, or dynamic for arrays, bags and nulls.</summary>
    private static KqlType? ScalarTypeOf(object? value) => value switch
    {
        string => KqlType.String,
        long => KqlType.Long,
        double => KqlType.Real,
        bool => KqlType.Bool,
        DateTime => KqlType.DateTime,
        TimeSpan => KqlType.TimeSpan,
        Guid => KqlType.Guid,
        _ => KqlType.Dynamic,
    };
}
