namespace RmmHunt.Kql.Values;

/// <summary>Structural equality and hashing of dynamic values (bags compare without regard to key order).</summary>
public static class DynValue
{
    public static bool DeepEquals(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        switch (a)
        {
            case DynArray x when b is DynArray y:
                if (x.Count != y.Count) return false;
                for (int i = 0; i < x.Count; i++)
                {
                    if (!DeepEquals(x[i], y[i])) return false;
                }
                return true;
            case DynBag x when b is DynBag y:
                if (x.Count != y.Count) return false;
                foreach (var (key, value) in x)
                {
                    if (!y.TryGetValue(key, out var other) || !DeepEquals(value, other)) return false;
                }
                return true;
            case long x when b is double y: return x == y;
            case double x when b is long y: return x == y;
            default: return a.Equals(b);
        }
    }

    public static int DeepHash(object? value)
    {
        switch (value)
        {
            case null: return 0;
            case DynArray array:
                var hash = new HashCode();
                foreach (var item in array) hash.Add(DeepHash(item));
                return hash.ToHashCode();
            case DynBag bag:
                int h = 17;
                foreach (var (key, item) in bag) h ^= HashCode.Combine(key, DeepHash(item));
                return h;
            case double d when d == Math.Floor(d) && Math.Abs(d) < 9e18: return ((long)d).GetHashCode();
            default: return value.GetHashCode();
        }
    }
}
