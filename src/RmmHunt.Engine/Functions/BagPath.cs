namespace RmmHunt.Engine.Functions;

/// <summary>Keys of a bag path: "a", "$.a.b", "$['a']['b']" (the JSONPath forms bag functions accept).</summary>
internal static class BagPath
{
    public static IReadOnlyList<string> Parse(string path)
    {
        if (!path.StartsWith('$')) return [path];
        var keys = new List<string>();
        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                keys.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] is '\'' or '"')
            {
                char quote = path[i + 1];
                int end = path.IndexOf(quote, i + 2);
                if (end < 0) return [path];
                keys.Add(path[(i + 2)..end]);
                i = end + 2;
            }
            else return [path];
        }
        return keys;
    }
}
