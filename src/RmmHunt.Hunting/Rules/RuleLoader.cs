using RmmHunt.Hunting.Rules.Cache;
using RmmHunt.Hunting.Yaml;
using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting.Rules;

/// <summary>
/// Loads Sentinel hunting-query YAML files: one file, or every <c>*.yaml</c>/<c>*.yml</c> under a
/// directory. It never throws for a bad file: each problem becomes a <see cref="RuleLoadError"/>
/// with file, line and column, and loading goes on with the next file.
/// </summary>
public static class RuleLoader
{
    /// <summary>A file, or a directory searched recursively.</summary>
    public static RuleLoadResult Load(string path, RuleLoadOptions? options = null) =>
        Directory.Exists(path) ? LoadDirectory(path, options) : LoadFile(path, options);

    public static RuleLoadResult LoadFile(string path, RuleLoadOptions? options = null)
    {
        var loader = new Batch(options ?? RuleLoadOptions.Default);
        loader.AddFile(path);
        return loader.Result();
    }

    /// <summary>
    /// Every rule file under <paramref name="directory"/>, in ordinal path order so runs are repeatable.
    /// Files are read and parsed in parallel (a pack has hundreds); ids are then checked in that order.
    /// With <see cref="RuleLoadOptions.CacheDirectory"/>, files loaded before with the same content are not parsed again.
    /// </summary>
    public static RuleLoadResult LoadDirectory(string directory, RuleLoadOptions? options = null)
    {
        options ??= RuleLoadOptions.Default;
        var cache = options.CacheDirectory is { } cacheDirectory ? RuleCache.Open(cacheDirectory, directory, options) : null;
        var loader = new Batch(options, cache);
        var files = new List<string>();
        RuleFiles.Collect(directory, files, loader.FileError);
        var ordered = files.Order(StringComparer.Ordinal).ToArray();
        var parsed = new ParsedFile[ordered.Length];
        Parallel.For(0, ordered.Length, i => parsed[i] = loader.ParseFile(ordered[i]));
        cache?.Save();
        foreach (var file in parsed) loader.Register(file);
        return loader.Result();
    }

    /// <summary>A rule from text; <paramref name="path"/> is only used in positions and messages.</summary>
    public static RuleLoadResult Parse(string text, string path, RuleLoadOptions? options = null)
    {
        var loader = new Batch(options ?? RuleLoadOptions.Default);
        loader.AddText(text, path);
        return loader.Result();
    }

    /// <summary>The rules and problems of one load, with the ids seen so far.</summary>
    private sealed class Batch(RuleLoadOptions options, RuleCache? cache = null)
    {
        private readonly List<HuntingRule> _rules = [];
        private readonly List<RuleLoadError> _errors = [];
        private readonly Dictionary<string, HuntingRule> _byId = new(StringComparer.OrdinalIgnoreCase);
        private int _parsed, _cached;

        public RuleLoadResult Result() => new(_rules, _errors) { ParsedFiles = _parsed, CachedFiles = _cached };

        public void FileError(string path, string message) =>
            _errors.Add(new RuleLoadError(options.Display(path), 0, 0, Severity.Error, HuntingCodes.FileUnreadable, message));

        public void AddFile(string path) => Register(ParseFile(path));

        public void AddText(string text, string path) => Register(ParseText(text, path));

        /// <summary>
        /// Reads and parses one file, or takes its parse from the cache; safe to call in parallel (of the batch's
        /// state it only counts).
        /// </summary>
        public ParsedFile ParseFile(string file)
        {
            string path = options.Display(file);
            string text;
            try
            {
                if (RuleFileText.Read(file, options.Limits.MaxFileChars, out long bytes) is not { } read)
                    return ParsedFile.Failed(new RuleLoadError(path, 0, 0, Severity.Error, HuntingCodes.YamlLimit, $"the file has {bytes} bytes, more than the limit of {options.Limits.MaxFileChars}"));
                text = read;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                return ParsedFile.Failed(new RuleLoadError(path, 0, 0, Severity.Error, HuntingCodes.FileUnreadable, "cannot read the file: " + e.Message));
            }
            if (cache is null) return ParseText(text, path);
            var key = RuleCacheKey.Of(text);
            if (cache.Find(key, path, text) is { } cached)
            {
                Interlocked.Increment(ref _cached);
                return cached;
            }
            var parsed = ParseText(text, path);
            cache.Add(key, parsed);
            return parsed;
        }

        private ParsedFile ParseText(string text, string path)
        {
            Interlocked.Increment(ref _parsed);
            var original = new YamlSource(text, path);
            var errors = new List<RuleLoadError>();
            void Report(int line, int column, Severity severity, string code, string message) =>
                errors.Add(new RuleLoadError(path, line, column, severity, code, message) { SourceLine = original.LineText(line) });
            var (source, root) = ReadYaml(original, Report);
            var read = root is null ? null : RuleReader.Read(source, root, Report);
            return new ParsedFile(path, text, read?.Rule, read?.IdNode.Line ?? 0, read?.IdNode.Column ?? 0, errors);
        }

        /// <summary>Adds a parsed file's rule unless an earlier file has its id, and its problems in file order.</summary>
        public void Register(ParsedFile file)
        {
            var errors = file.Errors;
            if (file.Rule is { } rule)
            {
                if (_byId.TryGetValue(rule.Id, out var first))
                {
                    // The line as the file has it (before any dataTypes repair, which moves no line).
                    string? line = file.Text is null ? null : new YamlSource(file.Text, file.Path).LineText(file.IdLine);
                    errors.Add(new RuleLoadError(file.Path, file.IdLine, file.IdColumn, Severity.Error, HuntingCodes.RuleDuplicateId,
                        $"the rule id {rule.Id} is already used by {first.SourcePath}; this file is skipped") { SourceLine = line });
                }
                else
                {
                    _byId.Add(rule.Id, rule);
                    _rules.Add(rule);
                }
            }
            // In file order, as an editor lists them (fields are read in a fixed order, not the file's).
            _errors.AddRange(errors.OrderBy(e => e.Line).ThenBy(e => e.Column));
        }

        /// <summary>The YAML tree, strictly, or else after the known dataTypes repair (with warnings).</summary>
        private (YamlSource Source, Node? Root) ReadYaml(YamlSource original, ReportProblem report)
        {
            var (root, problem) = YamlReader.Read(original, options.Limits);
            if (problem is null) return (original, root);
            if (problem.Code == HuntingCodes.YamlSyntax && options.RepairDataTypesIndentation)
            {
                var (text, fixes) = DataTypesIndentationRepair.Repair(original.Text);
                var repaired = new YamlSource(text, original.Path);
                if (fixes.Count > 0 && YamlReader.Read(repaired, options.Limits) is ({ } fixedRoot, null))
                {
                    foreach (var fix in fixes)
                    {
                        report(fix.Line, fix.Column, Severity.Warning, HuntingCodes.RuleRepairedIndentation,
                            $"'dataTypes' is indented like the '-' of its connector instead of like 'connectorId' (a known quirk of the jischell-msft RMM rules); read as if it were at column {fix.NewColumn}");
                    }
                    return (repaired, fixedRoot);
                }
            }
            report(problem.Line, problem.Column, Severity.Error, problem.Code, problem.Message);
            return (original, null);
        }
    }
}
