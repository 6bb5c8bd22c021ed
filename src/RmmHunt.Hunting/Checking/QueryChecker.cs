using RmmHunt.Hunting.Rules;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Text;

namespace RmmHunt.Hunting.Checking;

/// <summary>
/// Parses and binds query files and rule files against table schemas, without reading any telemetry:
/// what <c>rmmhunt check</c> does before a hunt, and what a CI job runs over a rule repository.
/// </summary>
public sealed class QueryChecker(ISchemaProvider schemas)
{
    public CheckedFile Check(string path)
    {
        if (!File.Exists(path))
            return new CheckedFile(path, 0, [$"{path}: error: no such file\n"], false) { Unreadable = true };
        return CheckPaths.IsRuleFile(path) ? CheckRule(path) : CheckQueries(path);
    }

    /// <summary>
    /// A query file may hold several queries separated by blank lines, as published hunting queries
    /// do; each is checked on its own.
    /// </summary>
    private CheckedFile CheckQueries(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CheckedFile(path, 0, [$"{path}: error: cannot read the file: {e.Message}\n"], false) { Unreadable = true };
        }
        var compilations = KqlCompilation.CompileEach(new SourceText(text, path), schemas);
        var problems = compilations.Where(c => c.Diagnostics.Count > 0).Select(c => c.FormatDiagnostics()).ToList();
        return new CheckedFile(path, compilations.Count, problems, !compilations.Any(c => c.HasErrors));
    }

    private CheckedFile CheckRule(string path)
    {
        var loaded = RuleLoader.LoadFile(path);
        var problems = loaded.Errors.Select(e => e.Format()).ToList();
        bool passed = !loaded.HasErrors;
        foreach (var rule in loaded.Rules)
        {
            var compilation = KqlCompilation.Compile(rule.QuerySource(), schemas);
            if (compilation.Diagnostics.Count > 0) problems.Add(compilation.FormatDiagnostics());
            passed &= !compilation.HasErrors;
        }
        return new CheckedFile(path, loaded.Rules.Count, problems, passed)
        {
            Unreadable = loaded.Errors.Any(e => e.Code == HuntingCodes.FileUnreadable),
        };
    }
}
