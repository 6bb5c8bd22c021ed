namespace RmmHunt.Pack.Generation.Fixtures;

/// <summary>
/// Writes the fixtures that prove each rule: a positive row per indicator (each domain term, file
/// name, pattern, original name, vendor and product pair, signer), so a mistyped or badly converted
/// indicator fails its own case; and negative rows for the near misses the rule must not report
/// (a browser on the vendor's site, the tool's program on an unrelated domain, look-alike names, the
/// vendor's name on another product). Every row is checked against the rule's filter here; a
/// positive that does not match is a generator bug, a near miss that does is left out.
/// </summary>
internal static class FixtureDesigner
{
    public static List<FixtureCase> Design(IReadOnlyList<RuleDefinition> rules)
    {
        var rows = new FixtureRows();
        var cases = new List<FixtureCase>();
        foreach (var rule in rules)
        {
            var candidates = Candidates(rule, new ToolIdentity(rule.Tool), rows).ToList();
            var kept = new List<FixtureCase>();
            foreach (var (name, match, row) in candidates)
            {
                bool matches = rule.Filter.Matches(row);
                if (match && !matches) throw new InvalidOperationException($"{rule.RelativePath}: the positive fixture '{name}' does not match the rule's filter");
                if (!match && matches) continue;
                kept.Add(new FixtureCase(rule.Id, rule.Kind.Table, name, match, row));
            }
            if (!kept.Any(c => c.Match) || kept.All(c => c.Match))
                throw new InvalidOperationException($"{rule.RelativePath}: the generator found no positive or no negative fixture");
            cases.AddRange(kept);
        }
        return cases;
    }

    private static IEnumerable<(string Name, bool Match, Dictionary<string, string> Row)> Candidates(RuleDefinition rule, ToolIdentity tool, FixtureRows rows)
    {
        string id = rule.Tool.Id;
        var agent = Agent(tool);
        if (rule.Kind == RuleKind.Network)
        {
            foreach (var domain in tool.Domains) yield return ($"domain:{domain}", true, rows.Network(id, Host(domain), agent));
            yield return ("browser on the vendor's site", false, rows.Network(id, Host(tool.Domains[0]), FixtureProgram.Browser));
            yield return ("tool program, unrelated domain", false, rows.Network(id, "updates.fixture-cdn.test", agent));
            yield return ("look-alike domain", false, rows.Network(id, "x" + tool.Domains[0], agent));
        }
        else if (rule.Kind == RuleKind.Process)
        {
            string folder = $@"C:\Program Files\{rule.Tool.Name}\";
            foreach (var name in tool.ExactNames) yield return ($"name:{name}", true, rows.Process(id, new FixtureProgram(name, folder, "", "")));
            foreach (var original in tool.OriginalNames) yield return ($"original name:{original}", true, rows.Process(id, new FixtureProgram("renamed-helper.exe", @"C:\Users\Public\", "", ""), original));
            foreach (var (prefix, suffix) in tool.Patterns) yield return ($"pattern:{prefix}*{suffix}", true, rows.Process(id, new FixtureProgram(prefix + "-fixture" + suffix, folder, "", "")));
            if (tool.Companies.Count + tool.Products.Count > 0)
                yield return ("vendor and product", true, rows.Process(id, new FixtureProgram("fixture-helper.exe", folder, First(tool.Companies), First(tool.Products))));
            yield return ("unrelated program", false, rows.Process(id, FixtureProgram.Unrelated, "NOTEPAD.EXE"));
            if (tool.ExactNames.Count > 0)
                yield return ("look-alike file name", false, rows.Process(id, new FixtureProgram("x" + tool.ExactNames[0], @"C:\Users\Public\", "Fixture Labs", "Fixture Tool")));
            if (tool.Companies.Count > 0 && tool.Products.Count > 0)
                yield return ("vendor's other product", false, rows.Process(id, new FixtureProgram("fixture-helper.exe", folder, tool.Companies[0], "Fixture Other Product")));
        }
        else
        {
            foreach (var signer in tool.Signers) yield return ($"signer:{signer}", true, rows.Signature(id, signer));
            yield return ("unrelated signer", false, rows.Signature(id, "Fixture Signing Labs Ltd"));
            yield return ("look-alike signer", false, rows.Signature(id, "X" + tool.Signers[0]));
        }
    }

    /// <summary>The tool's own program as the network fixtures show it (version-resource names filled, for rules that check them).</summary>
    private static FixtureProgram Agent(ToolIdentity tool)
    {
        string file = tool.ExactNames.FirstOrDefault()
            ?? tool.Patterns.Select(p => p.Prefix + "-fixture" + p.Suffix).FirstOrDefault()
            ?? tool.OriginalNames.FirstOrDefault()
            ?? Extraction.Names.Slug(tool.Tool.Name).Replace("-", "") + "-agent.exe";
        return new FixtureProgram(file, $@"C:\Program Files\{tool.Tool.Name}\", First(tool.Companies), First(tool.Products));
    }

    /// <summary>A host under a domain term (a bare word such as 'atera-agent-heartbeat' gets a parent domain).</summary>
    private static string Host(string domain) => domain.Contains('.') ? "relay-7." + domain : domain + ".servicebus.windows.net";

    private static string First(IReadOnlyList<string> values) => values.Count > 0 ? values[0] : "";
}
