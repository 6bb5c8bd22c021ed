using RmmHunt.Engine.Functions;
using RmmHunt.Hunting.Yaml;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Hunting.Exclusions;

/// <summary>
/// Reads the YAML tree of an exclusion file: its network lists, then each exclusion, translating
/// the filter to KQL. An exclusion with any error is left out; the others still load.
/// </summary>
internal sealed class ExclusionReader
{
    private static readonly HashSet<string> FileKeys = ["networks", "exclusions"];
    private static readonly HashSet<string> ExclusionKeys = ["id", "description", "rules", "tools", "filter", "kql", "owner", "reason", "expires"];

    private readonly YamlSource _source;
    private readonly ReportProblem _report;
    private readonly Dictionary<string, NetworkList> _networks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _brokenNetworks = new(StringComparer.Ordinal);

    private ExclusionReader(YamlSource source, ReportProblem report)
    {
        _source = source;
        _report = report;
    }

    public static (IReadOnlyList<NetworkList> Networks, IReadOnlyList<Exclusion> Exclusions) Read(YamlSource source, Node root, ReportProblem report)
    {
        var reader = new ExclusionReader(source, report);
        var fields = reader.Fields();
        if (root is not MappingNode map)
        {
            fields.Error(root, HuntingCodes.ExclusionFieldShape, $"an exclusion file must be a mapping with 'networks' and 'exclusions', but it is {root.Kind}");
            return ([], []);
        }
        reader.WarnUnknownKeys(map, FileKeys, "the file");
        reader.ReadNetworks(map);
        var entries = fields.Mappings(map, "exclusions");
        if (entries.Count == 0 && !fields.HasErrors) fields.Warning(map, HuntingCodes.ExclusionMissingField, "the file defines no exclusions");
        var exclusions = new List<Exclusion>();
        var ids = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (reader.ReadExclusion(entry, ids) is { } exclusion) exclusions.Add(exclusion);
        }
        return (reader._networks.Values.ToList(), exclusions);
    }

    private YamlFields Fields() => new(_report, HuntingCodes.ExclusionMissingField, HuntingCodes.ExclusionFieldShape);

    private void WarnUnknownKeys(MappingNode map, HashSet<string> known, string owner)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
                _report(key.Line, key.Column, Severity.Warning, HuntingCodes.ExclusionUnknownKey,
                    $"{owner} has an unknown key '{key.Value}', which is ignored (known: {string.Join(", ", known)})");
        }
    }

    private void ReadNetworks(MappingNode map)
    {
        var fields = Fields();
        switch (map.Get("networks"))
        {
            case null or ScalarNode { IsNull: true }:
                return;
            case MappingNode networks:
                foreach (var (name, _) in networks.Entries) ReadNetwork(networks, name);
                return;
            case var other:
                fields.Error(other, HuntingCodes.ExclusionFieldShape, $"'networks' must map names to lists of IPv4 ranges, but it is {other.Kind}");
                return;
        }
    }

    private void ReadNetwork(MappingNode networks, ScalarNode name)
    {
        var fields = Fields();
        var ranges = fields.Scalars(networks, name.Value);
        if (ranges.Count == 0 && !fields.HasErrors)
            fields.Error(name, HuntingCodes.ExclusionInvalidNetwork, $"the network list '{name.Value}' is empty");
        foreach (var range in ranges)
        {
            if (Ipv4.Parse(range.Value) is not null && !range.Value.Any(char.IsWhiteSpace)) continue;
            string why = range.Value.Contains(':') ? "; IPv6 is not supported (the engine has ipv4_is_in_range only)" : "";
            fields.Error(range, HuntingCodes.ExclusionInvalidNetwork,
                $"\"{range.Value}\" in the network list '{name.Value}' is not an IPv4 address or range such as 10.0.0.0/8{why}");
        }
        if (fields.HasErrors) _brokenNetworks.Add(name.Value);
        else _networks[name.Value] = new NetworkList(name.Value, ranges.Select(r => r.Value).ToArray());
    }

    private Exclusion? ReadExclusion(MappingNode entry, Dictionary<string, ScalarNode> ids)
    {
        var fields = Fields();
        WarnUnknownKeys(entry, ExclusionKeys, "an exclusion");
        var id = fields.Scalar(entry, "id", "an exclusion", required: true);
        string description = fields.String(entry, "description", "an exclusion") ?? "";
        var rules = fields.Scalars(entry, "rules");
        var tools = fields.Scalars(entry, "tools");
        if (rules.Count + tools.Count == 0 && !fields.HasErrors)
            fields.Error(entry.Get("rules") ?? entry.Get("tools") ?? entry, HuntingCodes.ExclusionMissingField,
                "the exclusion names no 'rules' or 'tools'; list rule ids (\"*\" for every rule) or RMM tool names");
        var filter = fields.Scalar(entry, "filter", "an exclusion");
        var kql = fields.Scalar(entry, "kql", "an exclusion");
        if ((filter is null) == (kql is null) && !fields.HasErrors)
            fields.Error(filter ?? kql ?? (Node)entry, HuntingCodes.ExclusionMissingField, "an exclusion needs either 'filter' (the field syntax) or 'kql' (a KQL predicate), not both");
        var expires = fields.Scalar(entry, "expires", "an exclusion");
        DateTime? expiry = expires is null ? null : ExclusionExpiry.Parse(expires.Value);
        if (expires is not null && expiry is null)
            fields.Error(expires, HuntingCodes.ExclusionInvalidDate, $"'expires' must be a date (2025-12-31) or a UTC date and time (2025-12-31T18:00:00Z), not \"{expires.Value}\"");
        if (id is not null && !ids.TryAdd(id.Value, id))
            fields.Error(id, HuntingCodes.ExclusionDuplicateId, $"the exclusion id '{id.Value}' is already used at line {ids[id.Value].Line}");
        var text = filter ?? kql;
        if (text is null) return null;

        var map = ScalarSourceMap.For(_source, text);
        var translated = filter is not null ? Translate(text.Value, map) : ParseKql(text.Value, map);
        if (fields.HasErrors || id is null || translated is null) return null;
        var (line, column) = map.PositionOf(0);
        return new Exclusion(translated.Value.Syntax)
        {
            Id = id.Value,
            Description = description,
            Rules = rules.Select(r => r.Value).ToArray(),
            RulePositions = rules.Select(r => (r.Line, r.Column, _source.LineText(r.Line))).ToArray(),
            Tools = tools.Select(t => t.Value).ToArray(),
            Form = filter is not null ? ExclusionForm.Filter : ExclusionForm.Kql,
            Owner = fields.String(entry, "owner", "an exclusion"),
            Reason = fields.String(entry, "reason", "an exclusion"),
            Expires = expiry,
            ExpiresText = expires?.Value,
            Filter = text.Value,
            Kql = translated.Value.Kql,
            Columns = translated.Value.Columns,
            SourcePath = _source.Path,
            Line = line,
            Column = column,
            SourceLine = _source.LineText(line),
        };
    }

    /// <summary>A <c>kql:</c> predicate, parsed here so a syntax error points into the file; it is bound per table later.</summary>
    private (string Kql, IReadOnlyList<string> Columns, Expr Syntax)? ParseKql(string kql, ScalarSourceMap map)
    {
        var diagnostics = new List<Diagnostic>();
        var expr = Parser.ParseExpression(kql, diagnostics);
        if (diagnostics.FirstOrDefault(d => d.IsError) is { } error)
        {
            Report(map, new FilterError(error.Span.Start, HuntingCodes.ExclusionKqlSyntax, $"the KQL predicate does not parse: {error.Message}"));
            return null;
        }
        return (kql, KqlColumns.Referenced(expr).ToArray(), expr);
    }

    private (string Kql, IReadOnlyList<string> Columns, Expr Syntax)? Translate(string filter, ScalarSourceMap map)
    {
        var syntax = FilterParser.Parse(filter, out var syntaxError);
        if (syntax is null)
        {
            Report(map, syntaxError!);
            return null;
        }
        var translator = new FilterTranslator(_networks, _brokenNetworks);
        string kql = translator.Translate(syntax);
        foreach (var error in translator.Errors) Report(map, error);
        if (translator.Errors.Count > 0) return null;

        // The translation is ours, so a KQL error here is a bug; still report it rather than throw.
        var diagnostics = new List<Diagnostic>();
        var expr = Parser.ParseExpression(kql, diagnostics);
        if (diagnostics.FirstOrDefault(d => d.IsError) is { } kqlError)
        {
            Report(map, new FilterError(0, HuntingCodes.ExclusionBindFailed, $"the filter's KQL translation does not parse: {kqlError.Message} (KQL: {kql})"));
            return null;
        }
        return (kql, translator.Columns.ToArray(), expr);
    }

    private void Report(ScalarSourceMap map, FilterError error)
    {
        var (line, column) = map.PositionOf(error.Offset);
        _report(line, column, Severity.Error, error.Code, error.Message);
    }
}
