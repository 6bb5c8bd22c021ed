using System.IO.Compression;

namespace RmmHunt.Data.Inputs;

/// <summary>Reads the first bytes of a file, through gzip when the file is compressed, to recognise its format.</summary>
public static class FileHead
{
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b;

    public static byte[] Read(string path, int count = 64 * 1024)
    {
        using var file = File.OpenRead(path);
        var raw = new byte[2];
        int read = file.Read(raw);
        file.Position = 0;
        using Stream stream = IsGzip(raw.AsSpan(0, read)) ? new GZipStream(file, CompressionMode.Decompress) : file;
        var buffer = new byte[count];
        int total = 0;
        try
        {
            while (total < count)
            {
                int n = stream.Read(buffer, total, count - total);
                if (n == 0) break;
                total += n;
            }
        }
        catch (InvalidDataException)
        {
            // A damaged gzip still has a recognisable start; the reader reports the damage where it happens.
        }
        return buffer[..total];
    }
}
