using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>Property bags: bag_pack, bag_keys, bag_merge, bag_remove_keys, bag_has_key, bag_set_key, treepath, dynamic_to_json.</summary>
internal static class BagKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        foreach (var name in new[] { "bag_pack", "pack", "pack_dictionary" })
            add(name, _ => Kernel.Rows(KqlType.Dynamic, Pack, nullInNullOut: false));
        add("bag_keys", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynBag bag ? new DynArray(bag.Keys.ToArray()) : null));
        add("bag_merge", _ => Kernel.Rows(KqlType.Dynamic, Merge, nullInNullOut: false));
        add("bag_remove_keys", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynBag bag && a[1] is DynArray keys ? RemoveKeys(bag, keys) : null));
        add("bag_has_key", _ => Kernel.Rows(KqlType.Bool, a => a[0] is DynBag bag ? Find(bag, BagPath.Parse((string)a[1]!)) is not null : null));
        add("bag_set_key", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynBag bag ? Set(bag, BagPath.Parse((string)a[1]!), Dynamic.FromScalar(a[2])) : null, nullInNullOut: false));
        add("treepath", _ => Kernel.Rows(KqlType.Dynamic, a => TreePath(a[0])));
        add("dynamic_to_json", _ => Kernel.Rows(KqlType.String, a => Canonical(a[0]), nullInNullOut: false));
        add("bag_zip", _ => Kernel.Rows(KqlType.Dynamic, a => a[0] is DynArray keys ? Zip(keys, a[1] as DynArray) : null, nullInNullOut: false));
    }

    /// <summary>
    /// bag_zip(keys, values): keys that are not strings are skipped, missing values are null and extra
    /// values ignored; values that are not an array leave every key null [doc bag-zip].
    /// </summary>
    private static DynBag Zip(DynArray keys, DynArray? values)
    {
        var entries = new List<KeyValuePair<string, object?>>();
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i] is string key) entries.Add(new(key, values is not null && i < values.Count ? values[i] : null));
        }
        return new DynBag(entries);
    }

    /// <summary>bag_pack(k1, v1, ...): a later duplicate key replaces an earlier one [doc silent].</summary>
    private static object? Pack(object?[] a)
    {
        var entries = new List<KeyValuePair<string, object?>>(a.Length / 2);
        for (int i = 0; i + 1 < a.Length; i += 2) entries.Add(new((string)a[i]!, Dynamic.FromScalar(a[i + 1])));
        return new DynBag(entries);
    }

    /// <summary>bag_merge(b1, b2, ...): a key in several bags keeps the value of the leftmost one [doc bag-merge-function]; non-bags are ignored.</summary>
    private static object? Merge(object?[] a)
    {
        var entries = new List<KeyValuePair<string, object?>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bag in a.OfType<DynBag>())
        {
            foreach (var entry in bag)
            {
                if (seen.Add(entry.Key)) entries.Add(entry);
            }
        }
        return new DynBag(entries);
    }

    /// <summary>The keys may be names or JSONPath expressions such as "$.a.b" or "$['a']" [doc bag-remove-keys-function].</summary>
    private static DynBag RemoveKeys(DynBag bag, DynArray keys)
    {
        foreach (var key in keys.OfType<string>()) bag = Remove(bag, BagPath.Parse(key));
        return bag;
    }

    private static DynBag Remove(DynBag bag, IReadOnlyList<string> path)
    {
        if (path.Count == 0) return bag;
        if (path.Count == 1) return new DynBag(bag.Where(e => e.Key != path[0]));
        if (bag[path[0]] is not DynBag inner) return bag;
        var rest = path.Skip(1).ToArray();
        return new DynBag(bag.Select(e => e.Key == path[0] ? new KeyValuePair<string, object?>(e.Key, Remove(inner, rest)) : e));
    }

    /// <summary>The value at a path, or null; a path to a key whose value is null still counts as present.</summary>
    private static object? Find(DynBag bag, IReadOnlyList<string> path)
    {
        object? current = bag;
        foreach (var key in path)
        {
            if (current is not DynBag inner || !inner.TryGetValue(key, out current)) return null;
        }
        return path.Count > 0 ? current ?? Present : null;
    }

    private static readonly object Present = new();

    private static DynBag Set(DynBag bag, IReadOnlyList<string> path, object? value)
    {
        if (path.Count == 0) return bag;
        object? replacement = path.Count == 1 ? value : Set(bag[path[0]] as DynBag ?? DynBag.Empty, path.Skip(1).ToArray(), value);
        var entries = bag.Where(e => e.Key != path[0]).ToList();
        int at = bag.Keys.ToList().IndexOf(path[0]);
        entries.Insert(at < 0 ? entries.Count : at, new(path[0], replacement));
        return new DynBag(entries);
    }

    /// <summary>
    /// treepath(): the paths of a bag's keys, "['key']"; an array contributes one path "[0]" for all its
    /// elements, and the paths inside its bags and arrays [doc treepath-function].
    /// </summary>
    private static object? TreePath(object? value)
    {
        var paths = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Walk(object? node, string prefix)
        {
            switch (node)
            {
                case DynBag bag:
                    foreach (var (key, item) in bag)
                    {
                        string path = prefix + "['" + key + "']";
                        if (seen.Add(path)) paths.Add(path);
                        Walk(item, path);
                    }
                    break;
                case DynArray array:
                    string element = prefix + "[0]";
                    if (seen.Add(element)) paths.Add(element);
                    foreach (var item in array.Where(i => i is DynBag or DynArray)) Walk(item, element);
                    break;
            }
        }
        Walk(value, "");
        return new DynArray(paths.ToArray());
    }

    /// <summary>dynamic_to_json(): JSON with the keys of every bag in ordinal order; a scalar as tostring() gives it [doc dynamic-to-json-function].</summary>
    private static string Canonical(object? value) => value is DynArray or DynBag ? DynJson.Serialize(SortKeys(value)) : value is null ? "" : ScalarFormat.ToText(value);

    private static object? SortKeys(object? value) => value switch
    {
        DynBag bag => new DynBag(bag.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new KeyValuePair<string, object?>(e.Key, SortKeys(e.Value)))),
        DynArray array => new DynArray(array.Select(SortKeys).ToArray()),
        _ => value,
    };
}
