using RmmHunt.Engine.Planning;
using RmmHunt.Hunting.Yaml;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Exclusions;

/// <summary>
/// The exclusions of one file, and the problems found reading it. <see cref="For"/> turns those that
/// apply to a rule's table into engine <see cref="EventFilter"/>s, which count what they remove.
/// </summary>
public sealed class ExclusionSet
{
    private ExclusionSet(string? path, IReadOnlyList<NetworkList> networks, IReadOnlyList<Exclusion> exclusions, IReadOnlyList<ExclusionError> errors)
    {
        SourcePath = path;
        Networks = networks;
        Exclusions = exclusions;
        Errors = errors;
    }

    public static ExclusionSet Empty { get; } = new(null, [], [], []);

    /// <summary>A set made by another reader (the sanctioned-tools policy).</summary>
    internal static ExclusionSet Of(string path, IReadOnlyList<Exclusion> exclusions, IReadOnlyList<ExclusionError> errors) => new(path, [], exclusions, errors);

    public string? SourcePath { get; }
    public IReadOnlyList<NetworkList> Networks { get; }

    /// <summary>The exclusions that loaded without errors, in file order.</summary>
    public IReadOnlyList<Exclusion> Exclusions { get; }

    /// <summary>Errors and warnings of the file, in the order found.</summary>
    public IReadOnlyList<ExclusionError> Errors { get; }

    public bool HasErrors => Errors.Any(e => e.IsError);

    public static ExclusionSet Load(string path, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        try
        {
            long bytes = new FileInfo(path).Length;
            if (bytes > limits.MaxFileChars)
                return Failed(path, HuntingCodes.YamlLimit, $"the file has {bytes} bytes, more than the limit of {limits.MaxFileChars}");
            return Parse(File.ReadAllText(path), path, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(path, HuntingCodes.FileUnreadable, "cannot read the file: " + e.Message);
        }
    }

    /// <summary>An exclusion file from text; <paramref name="path"/> is only used in positions and messages.</summary>
    public static ExclusionSet Parse(string text, string path, YamlLimits? limits = null) => Parse(text, path, limits, ExclusionReader.Read);

    /// <summary>
    /// A YAML file of exclusions (an exclusions file, a sanctioned-tools policy) from text: <paramref name="read"/>
    /// makes its entries of the document's root; every problem, the YAML's own included, is reported at its
    /// line and column, in file order.
    /// </summary>
    internal static ExclusionSet Parse(string text, string path, YamlLimits? limits,
        Func<YamlSource, Node, ReportProblem, (IReadOnlyList<NetworkList> Networks, IReadOnlyList<Exclusion> Exclusions)> read)
    {
        var source = new YamlSource(text, path);
        var errors = new List<ExclusionError>();
        void Report(int line, int column, Severity severity, string code, string message) =>
            errors.Add(new ExclusionError(path, line, column, severity, code, message) { SourceLine = source.LineText(line) });

        var (root, problem) = YamlReader.Read(source, limits ?? YamlLimits.Default);
        if (problem is not null)
        {
            Report(problem.Line, problem.Column, Severity.Error, problem.Code, problem.Message);
            return new ExclusionSet(path, [], [], errors);
        }
        var (networks, exclusions) = read(source, root!, Report);
        // In file order, as an editor lists them (fields are read in a fixed order, not the file's).
        return new ExclusionSet(path, networks, exclusions, errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
    }

    /// <summary>The exclusions that name <paramref name="ruleId"/> (or all rules).</summary>
    public IEnumerable<Exclusion> ForRule(string ruleId) => Exclusions.Where(e => e.AppliesTo(ruleId));

    /// <summary>The exclusions whose scope holds the rule (its id, every rule, or its tool).</summary>
    public IEnumerable<Exclusion> ForRule(RuleScope rule) => Exclusions.Where(e => e.AppliesTo(rule));

    /// <summary>
    /// One set of several files' exclusions (an exclusions file and a sanctioned-tools policy): ids
    /// must stay unique across them, so a suppression count names one entry.
    /// </summary>
    public static ExclusionSet Merge(IEnumerable<ExclusionSet> sets)
    {
        var list = sets.ToList();
        var errors = list.SelectMany(s => s.Errors).ToList();
        var exclusions = new List<Exclusion>();
        var seen = new Dictionary<string, Exclusion>(StringComparer.Ordinal);
        foreach (var exclusion in list.SelectMany(s => s.Exclusions))
        {
            if (seen.TryGetValue(exclusion.Id, out var first))
            {
                errors.Add(Problem(exclusion, Severity.Error, HuntingCodes.ExclusionDuplicateId,
                    $"the exclusion id '{exclusion.Id}' is already used in {first.SourcePath}:{first.Line}"));
                continue;
            }
            seen[exclusion.Id] = exclusion;
            exclusions.Add(exclusion);
        }
        return new ExclusionSet(list.Count == 1 ? list[0].SourcePath : null, list.SelectMany(s => s.Networks).ToList(), exclusions, errors);
    }

    /// <summary>Warnings for exclusions that expired before <paramref name="now"/>: they no longer apply.</summary>
    public IReadOnlyList<ExclusionError> Expired(DateTime now) =>
        Exclusions.Where(e => e.IsExpired(now)).Select(e => Problem(e, Severity.Warning, HuntingCodes.ExclusionExpired,
            $"exclusion '{e.Id}' expired on {e.ExpiresText}{(e.Owner is null ? "" : $" (owner: {e.Owner})")} and no longer applies; renew or remove it")).ToList();

    /// <summary>Warnings for tool names no loaded rule hunts for (a misspelled tool would leave its entry unused).</summary>
    public IReadOnlyList<ExclusionError> CheckTools(IEnumerable<string?> loadedTools)
    {
        var known = loadedTools.OfType<string>().Select(RmmHunt.Hunting.Rules.RuleTool.Key).ToHashSet(StringComparer.Ordinal);
        return Exclusions.SelectMany(e => e.Tools.Where(t => !known.Contains(RmmHunt.Hunting.Rules.RuleTool.Key(t)))
                .Select(t => Problem(e, Severity.Warning, HuntingCodes.ExclusionUnknownTool,
                    $"'{e.Id}' names the tool '{t}', which no loaded rule hunts for (see rmmhunt rules list)")))
            .ToList();
    }

    /// <summary>
    /// Engine filters for the exclusions of <paramref name="ruleId"/>, bound to <paramref name="schema"/>
    /// (which must be the schema the rule's query scans, since bound columns are ordinals in it).
    /// An exclusion reading a column the table lacks is left out whole, with a warning: treating the
    /// missing term as false could make a <c>not</c> exclude every event. Each call returns new filters,
    /// since a filter counts the events it removes in one run.
    /// </summary>
    public IReadOnlyList<EventFilter> For(string ruleId, string table, TableSchema schema, ICollection<ExclusionError>? problems = null, bool keepRemoved = false) =>
        For(new RuleScope(ruleId, null), table, schema, problems, keepRemoved);

    /// <summary>
    /// As above for a rule and the tool it hunts for; with <paramref name="now"/>, exclusions expired
    /// by then are left out (<see cref="Expired"/> lists them). <paramref name="schemas"/> lets a KQL
    /// predicate read other tables of the run, such as <c>_GetWatchlist('name')</c> in an <c>in</c> list.
    /// </summary>
    public IReadOnlyList<EventFilter> For(RuleScope rule, string table, TableSchema schema, ICollection<ExclusionError>? problems = null,
        bool keepRemoved = false, DateTime? now = null, ISchemaProvider? schemas = null)
    {
        var filters = new List<EventFilter>();
        foreach (var exclusion in ForRule(rule))
        {
            if (now is { } at && exclusion.IsExpired(at)) continue;
            var missing = exclusion.Columns.Where(c => !schema.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                problems?.Add(Problem(exclusion, Severity.Warning, HuntingCodes.ExclusionNotApplicable,
                    $"exclusion '{exclusion.Id}' does not apply to {table}: it reads {string.Join(", ", missing)}, which {table} does not have"));
                continue;
            }
            var diagnostics = new List<Diagnostic>();
            var predicate = Binder.BindPredicate(exclusion.Syntax, schema, diagnostics, schemas);
            if (diagnostics.FirstOrDefault(d => d.IsError) is { } error)
            {
                problems?.Add(Problem(exclusion, Severity.Error, HuntingCodes.ExclusionBindFailed,
                    $"exclusion '{exclusion.Id}' cannot be applied to {table}: {error.Message} (KQL: {exclusion.Kql})"));
                continue;
            }
            filters.Add(new EventFilter(exclusion.Id, table, predicate, keepRemoved));
        }
        return filters;
    }

    /// <summary>
    /// Warnings for rule ids the exclusions name that are not among <paramref name="loadedRuleIds"/>:
    /// a mistyped id would otherwise leave its exclusion unused without a word.
    /// </summary>
    public IReadOnlyList<ExclusionError> CheckRuleIds(IEnumerable<string> loadedRuleIds)
    {
        var known = loadedRuleIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var warnings = new List<ExclusionError>();
        foreach (var exclusion in Exclusions)
        {
            for (int i = 0; i < exclusion.Rules.Count; i++)
            {
                string id = exclusion.Rules[i];
                if (id == Exclusion.AllRules || known.Contains(id)) continue;
                var (line, column, sourceLine) = i < exclusion.RulePositions.Count ? exclusion.RulePositions[i] : (exclusion.Line, exclusion.Column, exclusion.SourceLine);
                warnings.Add(new ExclusionError(exclusion.SourcePath, line, column, Severity.Warning, HuntingCodes.ExclusionUnknownRule,
                    $"exclusion '{exclusion.Id}' names the rule {id}, which is not among the loaded rules") { SourceLine = sourceLine });
            }
        }
        return warnings;
    }

    private static ExclusionError Problem(Exclusion exclusion, Severity severity, string code, string message) =>
        new(exclusion.SourcePath, exclusion.Line, exclusion.Column, severity, code, message) { SourceLine = exclusion.SourceLine };

    private static ExclusionSet Failed(string path, string code, string message) =>
        new(path, [], [], [new ExclusionError(path, 0, 0, Severity.Error, code, message)]);
}
