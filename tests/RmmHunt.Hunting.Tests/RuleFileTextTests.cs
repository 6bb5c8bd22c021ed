using System.Text;
using RmmHunt.Hunting.Rules;

namespace RmmHunt.Hunting.Tests;

/// <summary>Rule files are read as File.ReadAllText reads them, whatever their encoding, byte order mark or stray bytes.</summary>
public sealed class RuleFileTextTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private const string Rule = "id: r-1\nname: Ümlaut rule – “quoted” 😀\nquery: |\n  DeviceNetworkEvents | where RemoteUrl has 'anydesk.com'\n";

    public static TheoryData<string, byte[]> Files => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Rule) },
        { "UTF-8 with a byte order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Rule)] },
        { "UTF-16 LE with a byte order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Rule)] },
        { "UTF-16 BE with a byte order mark", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Rule)] },
        { "UTF-32 LE with a byte order mark", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes(Rule)] },
        { "bytes that are not UTF-8", [.. Encoding.UTF8.GetBytes("id: r-1\nname: "), 0xC3, 0x28, 0xFF, (byte)'\n'] },
        { "a byte order mark alone", [0xEF, 0xBB, 0xBF] },
        { "nothing", [] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_text_is_what_File_ReadAllText_gives(string name, byte[] bytes)
    {
        string path = Path.Combine(_directory.Path, name + ".yaml");
        File.WriteAllBytes(path, bytes);
        Assert.Equal(File.ReadAllText(path), RuleFileText.Read(path, long.MaxValue, out long size));
        Assert.Equal(bytes.Length, size);
    }

    [Fact]
    public void A_file_over_the_limit_is_not_read()
    {
        string path = _directory.Write("big.yaml", Rule);
        Assert.Null(RuleFileText.Read(path, 10, out long size));
        Assert.Equal(Encoding.UTF8.GetByteCount(Rule), size);
    }
}
