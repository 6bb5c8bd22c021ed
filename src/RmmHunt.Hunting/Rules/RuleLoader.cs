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

    /// <summary>Every rule file under <paramref name="directory"/>, in ordinal path order so runs are repeatable.</summary>
    public static RuleLoadResult LoadDirectory(string directory, RuleLoadOptions? options = null)
    {
        var loader = new Batch(options ?? RuleLoadOptions.Default);
        var files = new List<string>();
        RuleFiles.Collect(directory, files, loader.FileError);
        foreach (var file in files.Order(StringComparer.Ordinal)) loader.AddFile(file);
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
    private sealed class Batch(RuleLoadOptions options)
    {
        private readonly List<HuntingRule> _rules = [];
        private readonly List<RuleLoadError> _errors = [];
        private readonly Dictionary<string, HuntingRule> _byId = new(StringComparer.OrdinalIgnoreCase);

        public RuleLoadResult Result() => new(_rules, _errors);

        public void FileError(string path, string message) =>
            _errors.Add(new RuleLoadError(path, 0, 0, Severity.Error, HuntingCodes.FileUnreadable, message));

        public void AddFile(string path)
        {
            string text;
            try
            {
                long bytes = new FileInfo(path).Length;
                if (bytes > options.Limits.MaxFileChars)
                {
                    _errors.Add(new RuleLoadError(path, 0, 0, Severity.Error, HuntingCodes.YamlLimit, $"the file has {bytes} bytes, more than the limit of {options.Limits.MaxFileChars}"));
                    return;
                }
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                FileError(path, "cannot read the file: " + e.Message);
                return;
            }
            AddText(text, path);
        }

        public void AddText(string text, string path)
        {
            var original = new YamlSource(text, path);
            var errors = new List<RuleLoadError>();
            void Report(int line, int column, Severity severity, string code, string message) =>
                errors.Add(new RuleLoadError(path, line, column, severity, code, message) { SourceLine = original.LineText(line) });

            AddRule(original, Report);
            // In file order, as an editor lists them (fields are read in a fixed order, not the file's).
            _errors.AddRange(errors.OrderBy(e => e.Line).ThenBy(e => e.Column));
        }

        private void AddRule(YamlSource original, ReportProblem report)
        {
            var (source, root) = ReadYaml(original, report);
            if (root is null || RuleReader.Read(source, root, report) is not { } read) return;
            var (rule, idNode) = read;
            if (_byId.TryGetValue(rule.Id, out var first))
            {
                report(idNode.Line, idNode.Column, Severity.Error, HuntingCodes.RuleDuplicateId,
                    $"the rule id {rule.Id} is already used by {first.SourcePath}; this file is skipped");
                return;
            }
            _byId.Add(rule.Id, rule);
            _rules.Add(rule);
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
