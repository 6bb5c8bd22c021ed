using RmmHunt.Data.Csv;
using RmmHunt.Data.Csv.Internals;
using RmmHunt.Engine.Sources;
using static RmmHunt.Data.Tests.CsvTestKit;

namespace RmmHunt.Data.Tests;

/// <summary>
/// Plain files are cut into chunks just after a newline without knowing whether it is quoted; a cut
/// inside a quoted field must be caught and those rows read again, whatever the chunk size.
/// </summary>
public sealed class CsvChunkCutTests
{
    [Fact]
    public void Rows_with_quoted_newlines_are_read_whole_wherever_the_cuts_fall()
    {
        var names = Enumerable.Range(0, 30).Select(i => i % 3 == 0 ? $"plain {i}" : $"line {i}\nand \"more\"\n{i}").ToArray();
        string text = Header + string.Concat(names.Select((name, i) => Row("\"" + name.Replace("\"", "\"\"") + "\"", i.ToString())));
        foreach (int blockSize in Enumerable.Range(1, 90))
        {
            var read = Read(text, options: Tiny with { BlockSize = blockSize });
            Assert.Equal(names, read.Column(1));
            Assert.Equal(Enumerable.Range(0, 30).Select(i => (object?)(long)i), read.Column(2));
            Assert.Empty(read.Rejections);
            Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), read.Stats.Bytes);
        }
    }

    [Fact]
    public void Line_numbers_of_rejected_rows_count_the_quoted_newlines_before_them()
    {
        // The header is line 1, a line 2, x-y-z lines 3-5, b line 6, p-q-r lines 7-9: the bad count is on line 10.
        string text = Header + Row("a") + Row("\"x\ny\nz\"") + Row("b") + Row("\"p\nq\nr\"") + Row("c", "not a number");
        foreach (int blockSize in new[] { 1, 7, 30, 1 << 20 })
        {
            var read = Read(text, options: Tiny with { BlockSize = blockSize });
            Assert.Equal(["a", "x\ny\nz", "b", "p\nq\nr"], read.Column(1));
            Assert.Equal(10L, read.Rejections.Single().Line);
        }
    }

    [Fact]
    public void A_file_that_shrinks_while_it_is_read_is_an_error_naming_it()
    {
        string path = Write(Header + Row("a") + Row("b"));
        try
        {
            var header = CsvHeader.Read(path);
            var parser = new ChunkParser(ScanLayout.Create(path, Table, ScanRequest.All(Table), header));
            using var file = File.OpenHandle(path);
            int rows = (int)(RandomAccess.GetLength(file) - header.DataOffset);
            // A chunk cut before the file lost its last 100 bytes.
            var e = Assert.Throws<IOException>(() => parser.Parse(Chunk.InFile(file, header.DataOffset, rows + 100, atEnd: true)));
            Assert.Equal($"{path}: the file became shorter while it was read", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
