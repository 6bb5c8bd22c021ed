using System.IO.Compression;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// zlib_decompress_from_base64_string and gzip_decompress_from_base64_string: base64, then zlib or gzip,
/// then UTF-8; any failure gives "" [doc zlib-base64-decompress, gzip-base64-decompress]. The
/// compressing counterparts are not offered: the bytes a compressor writes are not unique, so the
/// output could not match Kusto's.
/// </summary>
internal static class DecompressKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("zlib_decompress_from_base64_string", _ => Kernel.TextToText(s => Decompress(s, gzip: false)));
        add("gzip_decompress_from_base64_string", _ => Kernel.TextToText(s => Decompress(s, gzip: true)));
    }

    private static string Decompress(string base64, bool gzip)
    {
        if (EncodingKernels.FromBase64(base64) is not { } bytes) return "";
        try
        {
            // Kusto checks the gzip header (ID1, ID2, CM) and wants FLG zero: no optional header fields.
            if (gzip && (bytes.Length < 10 || bytes[0] != 0x1f || bytes[1] != 0x8b || bytes[2] != 8 || bytes[3] != 0)) return "";
            using var input = new MemoryStream(bytes);
            using Stream decompressor = gzip ? new GZipStream(input, CompressionMode.Decompress) : new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            decompressor.CopyTo(output);
            return EncodingKernels.Utf8TextOrEmpty(output.GetBuffer().AsSpan(0, (int)output.Length));
        }
        catch (InvalidDataException)
        {
            return "";
        }
    }
}
