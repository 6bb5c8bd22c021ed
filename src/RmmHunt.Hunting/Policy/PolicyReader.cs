using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Yaml;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;

namespace RmmHunt.Hunting.Policy;

/// <summary>Reads the YAML tree of a sanctioned-tools policy into exclusions (see <see cref="SanctionPolicy"/>).</summary>
internal sealed class PolicyReader(YamlSource source, ReportProblem report, string baseDirectory)
{
    private static readonly HashSet<string> FileKeys = ["groups", "sanctioned"];
    private static readonly HashSet<string> DeviceKeys = ["devices", "patterns", "export"];
    private static readonly HashSet<string> EntryKeys = ["id", "tool", "groups", "devices", "patterns", "export", "owner", "reason", "expires"];

    private readonly Dictionary<string, DeviceSet> _groups = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Groups with errors: entries naming them are left out without a second error.</summary>
    private readonly HashSet<string> _brokenGroups = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the last <see cref="Devices"/> call reported an error.</summary>
    private bool _devicesBroken;

    public static List<Exclusion> Read(YamlSource source, Node root, ReportProblem report, string baseDirectory) =>
        new PolicyReader(source, report, baseDirectory).Read(root);

    private YamlFields Fields() => new(report, HuntingCodes.ExclusionMissingField, HuntingCodes.ExclusionFieldShape);

    private List<Exclusion> Read(Node root)
    {
        var fields = Fields();
        if (root is not MappingNode map)
        {
            fields.Error(root, HuntingCodes.ExclusionFieldShape, $"a policy file must be a mapping with 'groups' and 'sanctioned', but it is {root.Kind}");
            return [];
        }
        WarnUnknownKeys(map, FileKeys, "the policy");
        if (map.Get("groups") is MappingNode groups)
        {
            foreach (var (name, value) in groups.Entries)
            {
                if (value is MappingNode group)
                {
                    _groups[name.Value] = Devices(group, $"group '{name.Value}'");
                    if (_devicesBroken) _brokenGroups.Add(name.Value);
                }
                else fields.Error(value, HuntingCodes.ExclusionFieldShape, $"the group '{name.Value}' must be a mapping of devices, patterns and export");
            }
        }
        var entries = fields.Mappings(map, "sanctioned");
        if (entries.Count == 0 && !fields.HasErrors) fields.Warning(map, HuntingCodes.ExclusionMissingField, "the policy sanctions no tool ('sanctioned' is empty)");
        var exclusions = new List<Exclusion>();
        var perTool = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (Entry(entry, perTool) is { } exclusion) exclusions.Add(exclusion);
        }
        return exclusions;
    }

    private Exclusion? Entry(MappingNode entry, Dictionary<string, int> perTool)
    {
        var fields = Fields();
        WarnUnknownKeys(entry, EntryKeys, "a sanctioned entry");
        var tool = fields.Scalar(entry, "tool", "a sanctioned entry", required: true);
        var devices = Devices(entry, "the entry");
        bool broken = _devicesBroken;
        foreach (var group in fields.Scalars(entry, "groups"))
        {
            broken |= _brokenGroups.Contains(group.Value);
            if (_groups.TryGetValue(group.Value, out var members)) devices.AddRange(members);
            else fields.Error(group, HuntingCodes.PolicyUnknownGroup, $"no group '{group.Value}' is defined under 'groups' (defined: {(_groups.Count == 0 ? "none" : string.Join(", ", _groups.Keys))})");
        }
        if (devices.IsEmpty && !fields.HasErrors && !broken)
            fields.Error(entry, HuntingCodes.PolicyNoDevices, "the entry names no devices: give groups, devices, patterns or an export");
        var expires = fields.Scalar(entry, "expires", "a sanctioned entry");
        DateTime? expiry = expires is null ? null : ExclusionExpiry.Parse(expires.Value);
        if (expires is not null && expiry is null)
            fields.Error(expires, HuntingCodes.ExclusionInvalidDate, $"'expires' must be a date (2025-12-31) or a UTC date and time, not \"{expires.Value}\"");
        if (fields.HasErrors || broken || tool is null) return null;

        int n = perTool[tool.Value] = perTool.GetValueOrDefault(tool.Value) + 1;
        string id = fields.String(entry, "id", "a sanctioned entry") ?? $"sanctioned:{RmmHunt.Hunting.Rules.RuleTool.Key(tool.Value)}" + (n > 1 ? $":{n}" : "");
        string kql = devices.Kql();
        var syntax = Parser.ParseExpression(kql, []);
        return new Exclusion(syntax)
        {
            Id = id,
            Description = $"{tool.Value} is sanctioned on {devices.Describe()}",
            Rules = [],
            Tools = [tool.Value],
            Form = ExclusionForm.Sanctioned,
            Owner = fields.String(entry, "owner", "a sanctioned entry"),
            Reason = fields.String(entry, "reason", "a sanctioned entry"),
            Expires = expiry,
            ExpiresText = expires?.Value,
            Filter = devices.Describe(),
            Kql = kql,
            Columns = ["DeviceName"],
            SourcePath = source.Path,
            Line = entry.Line,
            Column = entry.Column,
            SourceLine = source.LineText(entry.Line),
        };
    }

    /// <summary>The devices, patterns and export of a group or entry.</summary>
    private DeviceSet Devices(MappingNode map, string owner)
    {
        var fields = Fields();
        var set = new DeviceSet();
        foreach (var name in fields.Scalars(map, "devices")) set.AddName(name.Value);
        foreach (var pattern in fields.Scalars(map, "patterns"))
        {
            if (pattern.Value.Trim() is "" or "**") fields.Error(pattern, HuntingCodes.PolicyPattern, $"'{pattern.Value}' is not a device pattern (use * for every device)");
            else set.AddPattern(pattern.Value);
        }
        if (fields.Scalar(map, "export", owner) is { } export)
        {
            string path = Path.Combine(baseDirectory, export.Value);
            var (devices, problem) = GroupExport.Read(path);
            if (problem is not null) fields.Error(export, HuntingCodes.PolicyExport, problem);
            devices.ForEach(set.AddName);
        }
        if (map.Entries.Count > 0 && owner.StartsWith("group", StringComparison.Ordinal)) WarnUnknownKeys(map, DeviceKeys, owner);
        _devicesBroken = fields.HasErrors;
        return set;
    }

    private void WarnUnknownKeys(MappingNode map, HashSet<string> known, string owner)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
                report(key.Line, key.Column, Severity.Warning, HuntingCodes.ExclusionUnknownKey, $"{owner} has an unknown key '{key.Value}', which is ignored (known: {string.Join(", ", known)})");
        }
    }
}
