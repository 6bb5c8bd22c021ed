namespace RmmHunt.Bench.Fuzz;

/// <summary>The running totals of one target, and its failures grouped by their first violation (one saved example each).</summary>
internal sealed class FuzzTally(string target)
{
    private readonly Dictionary<string, (int Count, string Example)> _failures = new(StringComparer.Ordinal);

    public string Target { get; } = target;
    public int Cases { get; private set; }
    public int Failed { get; private set; }
    public long Read { get; set; }
    public long Rejected { get; set; }
    public int InputErrors { get; set; }

    /// <summary>Cases the binder got to (the KQL target).</summary>
    public int Bound { get; set; }

    public void Passed() => Cases++;

    /// <returns>Whether this is the first failure of its kind (worth saving).</returns>
    public bool Failure(string firstViolation, string example)
    {
        Cases++;
        Failed++;
        // Group by the violation without its numbers, so one bug is one line however often it is hit.
        string key = System.Text.RegularExpressions.Regex.Replace(firstViolation.Split('\n')[0], @"\d+", "N");
        if (key.Length > 160) key = key[..160];
        bool first = !_failures.ContainsKey(key);
        _failures[key] = first ? (1, example) : (_failures[key].Count + 1, _failures[key].Example);
        return first;
    }

    public void Print(TextWriter writer, TimeSpan elapsed)
    {
        string extra = Target switch
        {
            "kql" => $", {Bound:N0} bound",
            "yaml" => "",
            _ => $", {Read:N0} rows read, {Rejected:N0} rejected, {InputErrors:N0} files refused whole",
        };
        writer.WriteLine($"{Target}: {Cases:N0} cases in {elapsed.TotalSeconds:0.0} s, {Failed:N0} failed{extra}");
        foreach (var (key, (count, example)) in _failures.OrderByDescending(f => f.Value.Count))
        {
            writer.WriteLine($"  {count,6:N0} x {key}");
            writer.WriteLine($"           e.g. {example.Split('\n')[0]}");
        }
    }
}
