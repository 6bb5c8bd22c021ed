using RmmHunt.Engine.Functions;
using RmmHunt.Pack.Catalog;

namespace RmmHunt.Pack.Extraction;

/// <summary>
/// One tool while the catalogue is built: every source value normalized, then accepted or rejected
/// with a reason. Values of finished hunts (RemoteManagementMonitoringTools) are taken as they are;
/// LOLRMM's company, product and signer names must be corroborated (see <see cref="Corroboration"/>).
/// </summary>
internal sealed class ToolDraft
{
    private static readonly string[] CorroboratedFields = [IndicatorField.Companies, IndicatorField.Products, IndicatorField.Signers];

    /// <summary>Fields matched with <c>has</c>, where a value that contains another at term boundaries adds nothing.</summary>
    private static readonly string[] TermFields = [IndicatorField.Domains, IndicatorField.Companies, IndicatorField.Products, IndicatorField.Signers];

    private readonly Dictionary<string, FieldCandidates> _fields = IndicatorField.All.ToDictionary(f => f, _ => new FieldCandidates());
    private readonly Dictionary<(string Field, string Value, string Reason), SortedSet<string>> _rejected = [];
    private readonly Curation _curation;
    private readonly HashSet<string> _authoritativeNames;

    private ToolDraft(ToolGroup group, Curation curation)
    {
        Group = group;
        _curation = curation;
        var authoritative = group.Entries.SelectMany(e => e.Observations).Where(o => o.Authoritative && CorroboratedFields.Contains(o.Field)).Select(o => o.Value).ToList();
        _authoritativeNames = authoritative.Select(v => NameValues.Normalize(v, new HashSet<string>()).Value).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var websites = group.Entries.Select(e => e.Website).OfType<string>().Select(HostOf);
        var fileStems = group.Entries.SelectMany(e => e.Files).Select(f => Path.GetFileNameWithoutExtension(f.Split(':', 2)[1]));
        Corroboration = new Corroboration([group.Name, .. group.Entries.Select(e => e.Name), .. websites, .. fileStems, .. authoritative], curation.StopWordSet);
    }

    public ToolGroup Group { get; }
    public Corroboration Corroboration { get; }

    public FieldCandidates Field(string field) => _fields[field];

    public bool HasIndicators => _fields.Values.Any(f => f.All.Any());

    public static ToolDraft From(ToolGroup group, Curation curation)
    {
        var draft = new ToolDraft(group, curation);
        foreach (var entry in group.Entries)
        {
            foreach (var observation in entry.Observations) draft.Observe(observation);
            foreach (var condition in entry.Unmodelled)
                draft.Reject("conditions", $"{condition.Column} {condition.Operator} '{condition.Value}'", "a condition the catalogue does not model", condition.Source);
        }
        return draft;
    }

    private void Observe(Observation observation)
    {
        string raw = observation.Value.Trim();
        var normalized = observation.Field switch
        {
            IndicatorField.Domains => DomainTerms.Normalize(raw, observation.Authoritative, _curation.GenericDomainSet),
            IndicatorField.ProcessNames => FileNames.Normalize(raw, _curation.GenericProcessSet, allowPattern: true),
            IndicatorField.OriginalFileNames => FileNames.Normalize(raw, _curation.GenericProcessSet, allowPattern: false),
            _ => NameValues.Normalize(raw, _curation.GenericSignerSet),
        };
        if (normalized.Value is not { } value)
        {
            Reject(observation.Field, raw, normalized.Reason!, observation.Source);
            return;
        }
        string source = value == raw ? observation.Source : $"{observation.Source} ({raw})";
        if (!observation.Authoritative && CorroboratedFields.Contains(observation.Field) && !Supported(observation.Field, value))
        {
            Reject(observation.Field, value, "nothing ties it to the tool (it shares no distinctive word with the tool's names, website or hunts)", source);
            return;
        }
        _fields[observation.Field].Add(value, source, observation.Authoritative);
    }

    /// <summary>A finished hunt of the tool uses the name, it shares a word with the tool, or a reviewer accepted it.</summary>
    private bool Supported(string field, string value) =>
        _authoritativeNames.Contains(value) || Corroboration.Supports(value)
        || _curation.Accepted([Group.Name, .. Group.Entries.Select(e => e.Name)], field, value) is not null;

    public void Reject(string field, string value, string reason, string source)
    {
        if (!_rejected.TryGetValue((field, value, reason), out var sources)) _rejected[(field, value, reason)] = sources = new(StringComparer.Ordinal);
        sources.Add(source);
    }

    /// <summary>Moves an accepted value to the rejected list (all its sources) with a reason.</summary>
    public void Withdraw(string field, FieldCandidates.Candidate candidate, string reason)
    {
        _fields[field].Remove(candidate.Key);
        foreach (var source in candidate.Sources) Reject(field, candidate.Value, reason, source);
    }

    /// <summary>Drops values another value of the same field already matches: <c>has 'anydesk.com'</c> finds all <c>has 'net.anydesk.com'</c> finds.</summary>
    public void DropCoveredTerms()
    {
        foreach (var field in TermFields)
        {
            var candidates = _fields[field].All.OrderBy(c => c.Value.Length).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
            foreach (var candidate in candidates)
            {
                var cover = candidates.FirstOrDefault(other => other != candidate && _fields[field].Find(other.Key) is not null
                    && other.Value.Length < candidate.Value.Length && Terms.Has(candidate.Value, other.Value, caseSensitive: false));
                if (cover is not null) Withdraw(field, candidate, $"covered by '{cover.Value}', which has-matches everything it does");
            }
        }
    }

    public RmmTool ToTool()
    {
        var entries = Group.Entries;
        var lolrmm = entries.Where(e => e.Catalogue == LolrmmReader.Catalogue).ToList();
        return new RmmTool
        {
            Id = Group.Id,
            Name = Group.Name,
            Aliases = entries.Select(e => e.Name).Where(n => n != Group.Name).Distinct().Order(StringComparer.Ordinal).ToList(),
            Category = lolrmm.Select(e => e.Category).OfType<string>().FirstOrDefault() ?? "RMM",
            Website = entries.Select(e => e.Website).OfType<string>().FirstOrDefault(),
            Entries = entries.SelectMany(e => e.Files).Distinct().Order(StringComparer.Ordinal).ToList(),
            Capabilities = entries.SelectMany(e => e.Capabilities).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
            ServiceInstallEvidence = entries.SelectMany(e => e.ServiceInstallEvidence).Distinct().Order(StringComparer.Ordinal).ToList(),
            Domains = Indicators(IndicatorField.Domains),
            ProcessNames = Indicators(IndicatorField.ProcessNames),
            OriginalFileNames = Indicators(IndicatorField.OriginalFileNames),
            Companies = Indicators(IndicatorField.Companies),
            Products = Indicators(IndicatorField.Products),
            Signers = Indicators(IndicatorField.Signers),
            Rejected = _rejected
                .Select(r => new RejectedIndicator(r.Key.Field, r.Key.Value, r.Key.Reason, r.Value.ToList()))
                .OrderBy(r => r.Field, StringComparer.Ordinal).ThenBy(r => r.Value, StringComparer.Ordinal).ThenBy(r => r.Reason, StringComparer.Ordinal)
                .ToList(),
            ExistingRules = _curation.ExistingRules
                .Where(r => Names.Normalize(r.Tool) == Names.Normalize(Group.Name))
                .Select(r => new ExistingRule(r.Kind, r.Id, r.Path))
                .ToList(),
        };
    }

    private List<Indicator> Indicators(string field) => _fields[field].All
        .Select(c => new Indicator(c.Value, c.Sources.ToList()))
        .OrderBy(i => i.Value, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Value, StringComparer.Ordinal)
        .ToList();

    private static string HostOf(string website)
    {
        string text = website.Contains("://", StringComparison.Ordinal) ? website : "https://" + website;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri.Host : website;
    }
}
