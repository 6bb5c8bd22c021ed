using BenchmarkDotNet.Attributes;
using RmmHunt.Data.Csv;
using RmmHunt.Data.Csv.Internals;
using RmmHunt.Data.Schemas;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Bench;

/// <summary>
/// The CSV reader's stages on one 4 MB block of a generated DeviceNetworkEvents export: finding row
/// ends (alone, and with the hunt's needle in the same pass), the raw-byte prefilter, splitting
/// fields, and whole-chunk parsing with and without needles.
/// </summary>
[MemoryDiagnoser]
public class CsvStageBenchmarks
{
    private byte[] _block = [];
    private int _length;
    private int[] _ends = [];
    private int _rows;
    private readonly RowScanner _scanner = new();
    private NeedleFinder _needle = null!;
    private CsvField[] _fields = [];
    private PrefilterMatcher _matcher = null!;
    private CandidateRows _candidates = null!;
    private ChunkParser _huntParser = null!;
    private ChunkParser _fullParser = null!;

    [GlobalSetup]
    public void Setup()
    {
        string path = Path.Combine(Path.GetTempPath(), "rmmhunt-bench", "DeviceNetworkEvents-stage.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path)) SyntheticNetworkEvents.Write(path, 6000);
        var bytes = File.ReadAllBytes(path);
        var header = CsvHeader.Read(path);
        var data = bytes.AsSpan((int)header.DataOffset);
        _length = data[..Math.Min(data.Length, 4 << 20)].LastIndexOf((byte)'\n') + 1;
        _block = data[.._length].ToArray();
        _rows = Scan(null);
        _ends = _scanner.Ends.ToArray();
        _fields = new CsvField[header.Columns.Count];
        _matcher = PrefilterMatcher.Compile(ScanThroughput.ServerEyeNeedles, c => c != '"')!;
        _candidates = CandidateRows.Create(ScanThroughput.ServerEyeNeedles, c => c != '"')!;
        _needle = _candidates.Single!;
        var table = BuiltInSchemas.Instance.FindTable("DeviceNetworkEvents")!;
        var hunt = new ScanRequest(ScanThroughput.Ordinals(table, "Timestamp", "DeviceName", "RemoteUrl", "ReportId"), ScanThroughput.ServerEyeNeedles);
        _huntParser = new ChunkParser(ScanLayout.Create(path, table, hunt, header));
        _fullParser = new ChunkParser(ScanLayout.Create(path, table, ScanRequest.All(table), header));
    }

    [Benchmark(Description = "row ends (4 MB)")]
    public int RowEnds() => Scan(null);

    [Benchmark(Description = "row ends and needle, one pass (4 MB)")]
    public int RowEndsAndNeedle()
    {
        Scan(_needle);
        return _scanner.Hits.Length;
    }

    private int Scan(NeedleFinder? needle)
    {
        _scanner.Scan(_block.AsSpan(0, _length), needle);
        return _scanner.Ends.Length;
    }

    [Benchmark(Description = "prefilter: candidate rows (4 MB)")]
    public int Candidates()
    {
        var marks = new bool[_rows + 1];
        _candidates.Mark(_block.AsSpan(0, _length), _ends.AsSpan(0, _rows), marks);
        return marks.Count(m => m);
    }

    [Benchmark(Description = "prefilter: matcher per row (4 MB)")]
    public int Prefilter()
    {
        int passed = 0, start = 0;
        for (int r = 0; r < _rows; r++)
        {
            if (_matcher.Matches(_block.AsSpan(start, _ends[r] - start))) passed++;
            start = _ends[r] + 1;
        }
        return passed;
    }

    [Benchmark(Description = "split fields of every row (4 MB)")]
    public int SplitFields()
    {
        int fields = 0, start = 0;
        for (int r = 0; r < _rows; r++)
        {
            fields += FieldSplitter.Split(_block.AsSpan(start, _ends[r] - start), _fields, out _);
            start = _ends[r] + 1;
        }
        return fields;
    }

    [Benchmark(Description = "chunk: prefiltered hunt, rows indexed (4 MB)")]
    public long ChunkHunt() => _huntParser.Parse(Chunk.InBuffer(_block, 0, _length, atEnd: true)).Read;

    [Benchmark(Description = "chunk: all columns, rows indexed (4 MB)")]
    public long ChunkAll() => _fullParser.Parse(Chunk.InBuffer(_block, 0, _length, atEnd: true)).Read;
}
