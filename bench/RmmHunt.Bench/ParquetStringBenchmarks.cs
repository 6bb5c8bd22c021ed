using Apache.Arrow;
using BenchmarkDotNet.Attributes;
using ParquetSharp;
using RmmHunt.Data.Csv.Internals;
using RmmHunt.Data.Parquet;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Bench;

/// <summary>
/// One string column chunk of 128k rows (a RemoteUrl-like column: 500 distinct hosts, some empty)
/// decoded into 8192-row dictionary-encoded <see cref="StringColumn"/>s three ways: hashing every
/// row's bytes (the reader before), the pointer-keyed codes the reader uses now, and ParquetSharp's
/// Arrow reader with the column read as an Arrow dictionary (indices + dictionary). Each with the
/// column chunk dictionary-encoded and plain (a writer without dictionary, or one that overflowed it).
/// </summary>
[MemoryDiagnoser]
public class ParquetStringBenchmarks
{
    private const int Rows = 128 * 1024;
    private const int Chunk = 8192;

    [Params(true, false)]
    public bool Dictionary { get; set; }

    private string _path = "";
    private readonly ReadBuffers _buffers = new(); // one thread's, as a scan keeps them

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "rmmhunt-bench", $"strings-{(Dictionary ? "dictionary" : "plain")}.parquet");
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var random = new Random(1);
        var hosts = Enumerable.Range(0, 500).Select(i => $"host{i}.segment{i % 37}.example.com").ToArray();
        var values = Enumerable.Range(0, Rows).Select(_ => random.Next(20) == 0 ? "" : hosts[random.Next(hosts.Length)]).ToArray();
        using var builder = new WriterPropertiesBuilder().Compression(Compression.Snappy);
        using var properties = (Dictionary ? builder.EnableDictionary() : builder.DisableDictionary()).Build();
        using var file = new ParquetFileWriter(_path, [new Column<string>("RemoteUrl", LogicalType.String())], properties);
        using var group = file.AppendRowGroup();
        using (var writer = group.NextColumn().LogicalWriter<string>()) writer.WriteBatch(values);
        file.Close();
    }

    [Benchmark(Baseline = true, Description = "hash every row (before)")]
    public int HashEveryRow()
    {
        using var file = new ParquetFileReader(_path);
        using var group = file.RowGroup(0);
        using var reader = (ColumnReader<ByteArray>)group.Column(0);
        var definitions = new short[Chunk];
        var values = new ByteArray[Chunk];
        int total = 0;
        for (int done = 0; done < Rows; done += Chunk)
        {
            var cells = new StringCells(Chunk);
            int levels = 0;
            while (levels < Chunk && reader.HasNext)
            {
                long got = reader.ReadBatch(Chunk - levels, definitions, default, values, out _);
                for (int i = 0, value = 0; i < got; i++)
                {
                    if (definitions[i] == 0) cells.AddEmpty();
                    else cells.TryAdd(Text(values[value++]));
                }
                levels += (int)got;
            }
            total += cells.Build().Length;
        }
        return total;
    }

    [Benchmark(Description = "ReadBatch only (floor)")]
    public long ReadBatchOnly()
    {
        using var file = new ParquetFileReader(_path);
        using var group = file.RowGroup(0);
        using var reader = (ColumnReader<ByteArray>)group.Column(0);
        var definitions = new short[Chunk];
        var values = new ByteArray[Chunk];
        long total = 0;
        while (reader.HasNext) total += reader.ReadBatch(Chunk, definitions, default, values, out _);
        return total;
    }

    [Benchmark(Description = "pointer-keyed codes (now)")]
    public int PointerKeyed()
    {
        using var file = new ParquetFileReader(_path);
        using var group = file.RowGroup(0);
        using var reader = new ParquetColumnReader(group.Column(0), KqlType.String, _buffers, 0);
        int total = 0;
        for (int done = 0; done < Rows; done += Chunk) total += reader.Read(Chunk).Length;
        return total;
    }

    [Benchmark(Description = "Arrow dictionary array")]
    public int ArrowDictionary()
    {
        using var properties = ParquetSharp.Arrow.ArrowReaderProperties.GetDefault();
        properties.BatchSize = Chunk;
        properties.SetReadDictionary(0, true);
        using var file = new ParquetSharp.Arrow.FileReader(_path, arrowProperties: properties);
        using var batches = file.GetRecordBatchReader(rowGroups: [0], columns: [0]);
        var decoded = new ArrowDictionaryStrings();
        int total = 0;
        RecordBatch? previous = null; // alive until the next batch's dictionary is compared with its buffers
        while (batches.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult() is { } batch)
        {
            total += decoded.Column(batch.Column(0)).Length;
            previous?.Dispose();
            previous = batch;
        }
        previous?.Dispose();
        return total;
    }

    private static unsafe ReadOnlySpan<byte> Text(ByteArray value) => new((void*)value.Pointer, value.Length);

    /// <summary>Arrow's dictionary arrays to <see cref="StringColumn"/>s: the dictionary decoded when it changes, the indices copied.</summary>
    private sealed class ArrowDictionaryStrings
    {
        private StringArray? _source;
        private string[] _strings = [];

        public StringColumn Column(IArrowArray array)
        {
            if (array is StringArray plain) return new StringColumn(Enumerable.Range(0, plain.Length).Select(i => plain.GetString(i) ?? "").ToArray());
            var dictionary = (DictionaryArray)array;
            var values = (StringArray)dictionary.Dictionary;
            if (!SameBuffers(values))
            {
                _strings = new string[values.Length];
                for (int i = 0; i < values.Length; i++) _strings[i] = values.GetString(i) ?? "";
                _source = values;
            }
            var indices = (Int32Array)dictionary.Indices;
            var codes = GC.AllocateUninitializedArray<int>(indices.Length);
            indices.Values.CopyTo(codes);
            if (indices.NullCount > 0)
            {
                // Null rows take an extra empty entry (KQL strings are never null).
                var strings = _strings.Append("").ToArray();
                for (int i = 0; i < codes.Length; i++) if (indices.IsNull(i)) codes[i] = strings.Length - 1;
                return StringColumn.FromDictionary(codes, strings, codes.Length);
            }
            return StringColumn.FromDictionary(codes, _strings, codes.Length);
        }

        private unsafe bool SameBuffers(StringArray values)
        {
            if (_source is null || _source.Length != values.Length) return false;
            fixed (byte* a = _source.ValueBuffer.Span, b = values.ValueBuffer.Span) return a == b && _source.ValueBuffer.Length == values.ValueBuffer.Length;
        }
    }
}
