using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions;

/// <summary>The JSONPath subset extract_json accepts: $ then .name, ['name'] and [index] steps.</summary>
public static class JsonPath
{
    public static object[]? Parse(string path)
    {
        if (!path.StartsWith('$')) return null;
        var steps = new List<object>();
        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                if (end == i + 1) return null;
                steps.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && path.IndexOf(']', i) is var close and > 0)
            {
                string inner = path[(i + 1)..close].Trim();
                if (inner.Length >= 2 && inner[0] is '\'' or '"' && inner[^1] == inner[0]) steps.Add(inner[1..^1]);
                else if (long.TryParse(inner, out long index)) steps.Add(index);
                else return null;
                i = close + 1;
            }
            else return null;
        }
        return steps.ToArray();
    }

    public static object? Find(object? root, object[] steps, out bool present)
    {
        object? current = root;
        foreach (var step in steps)
        {
            switch (step, current)
            {
                case (string key, DynBag bag) when bag.TryGetValue(key, out var next):
                    current = next;
                    break;
                case (long index, DynArray array) when index >= 0 && index < array.Count:
                    current = array[(int)index];
                    break;
                default:
                    present = false;
                    return null;
            }
        }
        present = true;
        return current;
    }
}
