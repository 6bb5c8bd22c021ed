namespace RmmHunt.Kql.Symbols;

/// <summary>
/// Builders for resolvers from overload tables, so that the function catalogs read as data:
/// <c>Overloads((Real, [Real]), (Long, [Long]))</c>. An overload matches when every argument converts
/// implicitly to its parameter; among matches the cheapest conversion wins.
/// </summary>
public static class Signatures
{
    /// <summary>A parameter type that accepts any scalar as it is, without conversion.</summary>
    public const KqlType Any = KqlType.Unknown;

    public static Resolver Fixed(KqlType result, params KqlType[] parameters) => Overloads((result, parameters));

    /// <summary>Overloads whose last parameter may repeat (<c>variadic</c>) to fill the argument count.</summary>
    public static Resolver Overloads(params (KqlType Result, KqlType[] Parameters)[] overloads) =>
        args => Pick(args, overloads, variadic: false);

    public static Resolver Variadic(params (KqlType Result, KqlType[] Parameters)[] overloads) =>
        args => Pick(args, overloads, variadic: true);

    /// <summary>One overload per type in <paramref name="types"/>, each taking and returning that type.</summary>
    public static Resolver SameType(IEnumerable<KqlType> types, int arity = 1) =>
        Overloads(types.Select(t => (t, Enumerable.Repeat(t, arity).ToArray())).ToArray());

    /// <summary>Any argument types; the result type is computed from them.</summary>
    public static Resolver AnyArgs(Func<IReadOnlyList<KqlType>, KqlType> result) =>
        args => new Resolution(result(args), args.Select(_ => Any).ToArray());

    public static readonly KqlType[] Numbers = [KqlType.Int, KqlType.Long, KqlType.Real, KqlType.Decimal];
    public static readonly KqlType[] Orderables = [KqlType.Int, KqlType.Long, KqlType.Real, KqlType.Decimal, KqlType.DateTime, KqlType.TimeSpan, KqlType.String, KqlType.Bool, KqlType.Guid];
    public static readonly KqlType[] Scalars = [KqlType.Bool, KqlType.Int, KqlType.Long, KqlType.Real, KqlType.Decimal, KqlType.DateTime, KqlType.TimeSpan, KqlType.Guid, KqlType.String, KqlType.Dynamic];

    private static Resolution Pick(IReadOnlyList<KqlType> args, (KqlType Result, KqlType[] Parameters)[] overloads, bool variadic)
    {
        Resolution? best = null;
        int bestCost = int.MaxValue;
        foreach (var (result, parameters) in overloads)
        {
            if (!variadic && parameters.Length < args.Count) continue;
            var types = new KqlType[args.Count];
            int cost = 0;
            bool ok = true;
            for (int i = 0; i < args.Count && ok; i++)
            {
                var parameter = i < parameters.Length ? parameters[i] : parameters[^1];
                types[i] = parameter == Any ? args[i] : parameter;
                int c = parameter == Any ? 0 : TypeCoercion.Cost(args[i], parameter);
                if (c < 0) ok = false;
                else cost += c;
            }
            if (ok && cost < bestCost)
            {
                bestCost = cost;
                best = new Resolution(result == Any ? (args.Count > 0 ? args[0] : KqlType.Unknown) : result, types);
            }
        }
        return best ?? Resolution.Failed(Mismatch(args, overloads));
    }

    private static string Mismatch(IReadOnlyList<KqlType> args, (KqlType Result, KqlType[] Parameters)[] overloads)
    {
        string given = string.Join(", ", args.Select(a => a.Name()));
        var expected = overloads.Select(o => "(" + string.Join(", ", o.Parameters.Select(p => p == Any ? "any" : p.Name())) + ")").Distinct().Take(6);
        return $"arguments of types ({given}) do not match any of {string.Join(" ", expected)}";
    }
}
