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
