using RmmHunt.Pack.Catalog;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RmmHunt.Pack.Extraction;

/// <summary>
/// The reviewed decisions the extraction applies (tools/RmmHunt.PackBuilder/curation.yaml): name
/// aliases between the catalogues, rules that already exist, and the shared infrastructure, platform
/// signers and plain words that never identify a tool.
/// </summary>
public sealed class Curation
{
    public List<SourceInfo> Sources { get; set; } = [];

    /// <summary>RMM_SummaryNetworkURI.csv tool name → RMM/&lt;folder&gt;.</summary>
    public Dictionary<string, string> NetworkCsvTools { get; set; } = [];

    /// <summary>A LOLRMM name → the LOLRMM name of the entry it belongs to.</summary>
    public Dictionary<string, string> LolrmmNames { get; set; } = [];

    public List<ExistingRuleEntry> ExistingRules { get; set; } = [];
    public List<string> GenericDomains { get; set; } = [];
    public List<string> GenericProcessNames { get; set; } = [];
    public List<string> GenericSigners { get; set; } = [];
    public List<string> StopWords { get; set; } = [];
    public List<AcceptedValue> Accept { get; set; } = [];

    /// <summary>Whether a reviewer accepted this value for this tool (the tool by any of its names).</summary>
    public AcceptedValue? Accepted(IEnumerable<string> toolNames, string field, string value) =>
        Accept.FirstOrDefault(a => a.Field == field && string.Equals(a.Value, value, StringComparison.OrdinalIgnoreCase)
            && toolNames.Any(n => Names.Normalize(n) == Names.Normalize(a.Tool)));

    public sealed class SourceInfo
    {
        public string Key { get; set; } = "";
        public string Name { get; set; } = "";
        public string Repository { get; set; } = "";
        public string Commit { get; set; } = "";
        public string Licence { get; set; } = "";

        public CatalogSource ToSource() => new(Key, Name, Repository, Commit, Licence);
    }

    public sealed class AcceptedValue
    {
        public string Tool { get; set; } = "";
        public string Field { get; set; } = "";
        public string Value { get; set; } = "";
        public string Reason { get; set; } = "";
    }

    public sealed class ExistingRuleEntry
    {
        public string Tool { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Id { get; set; } = "";
        public string Path { get; set; } = "";
    }

    public static Curation Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        try
        {
            return deserializer.Deserialize<Curation>(File.ReadAllText(path)) ?? new Curation();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}:{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
        }
    }

    public ISet<string> GenericDomainSet => GenericDomains.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public ISet<string> GenericProcessSet => GenericProcessNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public ISet<string> GenericSignerSet => GenericSigners.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public ISet<string> StopWordSet => StopWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
}
