using BenchmarkDotNet.Attributes;
using RmmHunt.Engine.Aggregates;
using RmmHunt.Engine.Functions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Bench;

/// <summary>
/// The engine's hot paths after the scan, on 100,000 rows shaped like DeviceNetworkEvents: <c>has</c>
/// over URLs (flat and dictionary-encoded, where it runs once per distinct value), <c>has_any</c> with
/// a pack-sized list of domains, and hash aggregation by string and by long keys.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const int Rows = 100_000;

    private string[] _urls = [];
    private StringColumn _flatUrls = null!;
    private StringColumn _dictionaryUrls = null!;
    private TermMatcher _domains = null!;
    private Column[] _deviceKeys = [];
    private Column[] _processIdKeys = [];
    private readonly int[] _groups = new int[Rows];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var hosts = Enumerable.Range(0, 400).Select(i => $"svc{i}.example{i % 37}.com").Append("occ.server-eye.de").ToArray();
        _urls = Enumerable.Range(0, Rows).Select(_ => $"https://{hosts[random.Next(hosts.Length)]}/api/v{random.Next(3)}/check").ToArray();
        _flatUrls = new StringColumn(_urls);
        var dictionary = _urls.Distinct().ToArray();
        var codeOf = dictionary.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i);
        _dictionaryUrls = StringColumn.FromDictionary(_urls.Select(u => codeOf[u]).ToArray(), dictionary, Rows);
        _domains = new TermMatcher(Enumerable.Range(0, 300).Select(i => $"rmm{i}").Append("server").Append("anydesk.com"));
        var devices = Enumerable.Range(0, 200).Select(i => $"device-{i:D4}.contoso.local").ToArray();
        _deviceKeys = [new StringColumn(Enumerable.Range(0, Rows).Select(_ => devices[random.Next(devices.Length)]).ToArray())];
        _processIdKeys = [new PrimitiveColumn<long>(KqlType.Long, Enumerable.Range(0, Rows).Select(_ => (long)random.Next(5000)).ToArray())];
    }

    [Benchmark(Description = "has 'server-eye.de', flat strings (100k)")]
    public int HasFlat() => Count(_flatUrls.MapDistinct(u => Terms.Has(u, "server-eye.de", caseSensitive: false)));

    [Benchmark(Description = "has 'server-eye.de', dictionary-encoded (100k)")]
    public int HasDictionary() => Count(_dictionaryUrls.MapDistinct(u => Terms.Has(u, "server-eye.de", caseSensitive: false)));

    [Benchmark(Description = "has_any of 302 terms, flat strings (100k)")]
    public int HasAny() => Count(_flatUrls.MapDistinct(_domains.MatchesAny));

    [Benchmark(Description = "group by string key, 200 groups (100k)")]
    public int GroupByString()
    {
        var table = new GroupTable([KqlType.String]);
        table.Assign(_deviceKeys, Rows, _groups);
        return table.Count;
    }

    [Benchmark(Description = "group by long key, 5000 groups (100k)")]
    public int GroupByLong()
    {
        var table = new GroupTable([KqlType.Long]);
        table.Assign(_processIdKeys, Rows, _groups);
        return table.Count;
    }

    private static int Count(bool[] values) => values.Count(v => v);
}
