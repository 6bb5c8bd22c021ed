using System.Text;
using System.Text.RegularExpressions;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Values;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>parse_path, parse_command_line and extract_json.</summary>
internal static partial class PathKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("parse_path", _ => Kernel.OfText(KqlType.Dynamic, ParsePath));
        add("parse_command_line", r =>
        {
            string parser = Kernel.TryConstant(r, 1, out string p) ? p : "";
            if (!parser.Equals("windows", StringComparison.OrdinalIgnoreCase))
                throw new QueryException($"parse_command_line(): the only parser is \"windows\", not \"{parser}\"");
            return Kernel.OfText(KqlType.Dynamic, s => new DynArray(WindowsCommandLine.Split(s).ToArray<object?>()));
        });
        add("extract_json", ExtractJson);
        add("extractjson", ExtractJson);
    }

    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://")]
    private static partial Regex Scheme();

    /// <summary>
    /// parse_path(path): Scheme, RootPath (a drive such as "C:"), DirectoryPath, DirectoryName, Filename,
    /// Extension and AlternateDataStreamName ("file.txt:stream"), with either slash [doc parse-path-function].
    /// </summary>
    private static DynBag ParsePath(string path)
    {
        string scheme = "";
        if (Scheme().Match(path) is { Success: true } match)
        {
            scheme = match.Groups["scheme"].Value;
            path = path[match.Length..];
        }
        int separator = path.LastIndexOfAny(['/', '\\']);
        string directory = separator >= 0 ? path[..separator] : "";
        string file = path[(separator + 1)..];
        string stream = "";
        int colon = file.IndexOf(':');
        if (colon >= 0 && !(separator < 0 && IsDrive(path)))
        {
            stream = file[(colon + 1)..];
            file = file[..colon];
        }
        string root = IsDrive(path) ? path[..2] : "";
        int nameStart = directory.LastIndexOfAny(['/', '\\']);
        string directoryName = directory[(nameStart + 1)..];
        int dot = file.LastIndexOf('.');
        string extension = dot >= 0 ? file[(dot + 1)..] : "";
        return new DynBag(
        [
            new("Scheme", scheme), new("RootPath", root), new("DirectoryPath", directory), new("DirectoryName", directoryName),
            new("Filename", file), new("Extension", extension), new("AlternateDataStreamName", stream),
        ]);
    }

    private static bool IsDrive(string path) => path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':';

    /// <summary>
    /// extract_json(path, json[, typeof(T)]): the element at a JSONPath ($.a.b, $['a'], $.a[0]); as a string
    /// its text ("" when absent or not JSON), as T the converted value (null when absent) [doc extract-json-function].
    /// </summary>
    private static ScalarKernel ExtractJson(KernelRequest request)
    {
        string text = Kernel.TryConstant(request, 0, out string p) ? p : "";
        var path = JsonPath.Parse(text) ?? throw new QueryException($"{request.Function.Name}(): unsupported JSON path \"{text}\"; use $.name, $['name'] and [index] steps");
        var type = request.ResultType;
        return new DelegateKernel((args, n) => Lift.StringToValue(args[1], type, json =>
        {
            object? found = DynJson.TryParse(json, out var root) ? JsonPath.Find(root, path, out bool present) is var value && present ? value : Missing : Missing;
            if (ReferenceEquals(found, Missing)) return type == KqlType.String ? "" : null;
            return type == KqlType.String ? ScalarFormat.ToText(found) : type == KqlType.Dynamic ? found : KqlConvert.To(type, found);
        }));
    }

    private static readonly object Missing = new();
}

/// <summary>The JSONPath subset extract_json accepts: $ then .name, ['name'] and [index] steps.</summary>
internal static class JsonPath
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

/// <summary>
/// Splits a command line as Windows' CommandLineToArgvW does [doc parse-command-line-function]: the
/// program name ends at the first white space, or is everything up to the closing quote when it starts
/// with one (backslashes taken literally); then white space separates arguments, quotes group, 2n
/// backslashes before a quote give n backslashes (and the quote groups), 2n+1 give n and a literal
/// quote, and "" inside quotes gives a quote. Leading white space makes an empty program name.
/// </summary>
internal static class WindowsCommandLine
{
    public static List<string> Split(string line)
    {
        var args = new List<string>();
        if (line.Length == 0) return args;
        int i = 0;
        var current = new StringBuilder();
        if (line[0] == '"')
        {
            int close = line.IndexOf('"', 1);
            args.Add(close < 0 ? line[1..] : line[1..close]);
            i = close < 0 ? line.Length : close + 1;
        }
        else
        {
            while (i < line.Length && !IsSpace(line[i])) current.Append(line[i++]);
            args.Add(current.ToString());
        }
        current.Clear();
        bool inArgument = false, quoted = false;
        while (i < line.Length)
        {
            char c = line[i];
            if (IsSpace(c) && !quoted)
            {
                if (inArgument) { args.Add(current.ToString()); current.Clear(); inArgument = false; }
                i++;
                continue;
            }
            inArgument = true;
            if (c == '\\')
            {
                int run = 0;
                while (i < line.Length && line[i] == '\\') { run++; i++; }
                if (i < line.Length && line[i] == '"')
                {
                    current.Append('\\', run / 2);
                    if (run % 2 == 1) { current.Append('"'); i++; }
                }
                else current.Append('\\', run);
                continue;
            }
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i += 2; continue; }
                quoted = !quoted;
                i++;
                continue;
            }
            current.Append(c);
            i++;
        }
        if (inArgument) args.Add(current.ToString());
        return args;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t';
}
