using System.Buffers.Binary;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>URL and base64 encodings, hashes and tohex().</summary>
internal static class EncodingKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        // url_encode is form encoding (space as '+', lower-case hex): "https%3a%2f%2fwww.bing.com%2fhello+world" [doc url-encode-function].
        add("url_encode", _ => Kernel.TextToText(s => HttpUtility.UrlEncode(s)));
        add("url_encode_component", _ => Kernel.TextToText(Uri.EscapeDataString));
        add("url_decode", _ => Kernel.TextToText(s => HttpUtility.UrlDecode(s)));
        add("base64_encode_tostring", _ => Kernel.TextToText(s => Convert.ToBase64String(Encoding.UTF8.GetBytes(s))));
        add("base64_encodestring", _ => Kernel.TextToText(s => Convert.ToBase64String(Encoding.UTF8.GetBytes(s))));
        add("base64_decode_tostring", _ => Kernel.TextToText(DecodeToString));
        add("base64_decodestring", _ => Kernel.TextToText(DecodeToString));
        add("base64_decode_toarray", _ => Kernel.OfText(KqlType.Dynamic, s => FromBase64(s) is { } bytes ? new DynArray(bytes.Select(b => (object?)(long)b).ToArray()) : null));
        add("base64_encode_fromarray", _ => Kernel.Rows(KqlType.String, a => EncodeArray(a[0])));
        add("base64_decode_toguid", _ => Kernel.OfText(KqlType.Guid, s => FromBase64(s) is { Length: 16 } bytes ? new Guid(bytes) : null));
        add("base64_encode_fromguid", _ => Kernel.Rows(KqlType.String, a => Convert.ToBase64String(((Guid)a[0]!).ToByteArray())));
        add("hash_sha256", _ => Kernel.TextToText(s => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(s)))));
        add("hash_sha1", _ => Kernel.TextToText(s => Hex(SHA1.HashData(Encoding.UTF8.GetBytes(s)))));
        add("hash_md5", _ => Kernel.TextToText(s => Hex(MD5.HashData(Encoding.UTF8.GetBytes(s)))));
        add("hash", Hash);
        add("hash_xxhash64", Hash);
        add("tohex", r => Kernel.Rows(KqlType.String, a => ToHex(a[0]!, a.Length > 1 ? (long?)a[1] : null)));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>
    /// The bytes base64 text stands for, or null. Rules decode whatever a column holds (command lines, most of them not
    /// base64), so failure is told without an exception, which cost microseconds a row.
    /// </summary>
    public static byte[]? FromBase64(string s)
    {
        var bytes = new byte[(s.Length + 3) / 4 * 3];
        return Convert.TryFromBase64String(s, bytes, out int written) ? bytes[..written] : null;
    }

    /// <summary>Bytes that are not valid UTF-8 (or text that is not base64) give "" [doc base64-decode-tostring-function: "returns null"].</summary>
    private static string DecodeToString(string s) => FromBase64(s) is { } bytes ? Utf8TextOrEmpty(bytes) : "";

    /// <summary>The UTF-8 text of decoded bytes, or "" when they are not valid UTF-8 (checked first, not by an exception per row).</summary>
    public static string Utf8TextOrEmpty(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : "";

    /// <summary>An array of byte values (0..255) as base64; anything else gives null.</summary>
    private static string? EncodeArray(object? value)
    {
        if (value is not DynArray array) return null;
        var bytes = new byte[array.Count];
        for (int i = 0; i < bytes.Length; i++)
        {
            if (array[i] is not long b || b is < 0 or > 255) return null;
            bytes[i] = (byte)b;
        }
        return Convert.ToBase64String(bytes);
    }

    /// <summary>
    /// hash(source[, mod]): xxhash64 (seed 0) of the UTF-8 text, or of the 8 little-endian bytes of a
    /// long, datetime or timespan; hash("World") is 1846988464401551951 and hash(datetime(2015-01-01))
    /// 1380966698541616202 [doc hash-function]. With mod, the unsigned hash modulo mod, in [0, mod-1].
    /// </summary>
    private static ScalarKernel Hash(KernelRequest request) => new DelegateKernel((args, n) =>
    {
        var result = new long[n];
        NullMask? nulls = null;
        var source = args[0];
        var mod = args.Length > 1 ? (PrimitiveColumn<long>)args[1] : null;
        Span<byte> buffer = stackalloc byte[8];
        for (int i = 0; i < n; i++)
        {
            if (source.IsNull(i) || (mod is not null && (mod.IsNull(i) || mod.Values[i] <= 0)))
            {
                (nulls ??= new NullMask(n)).Set(i);
                continue;
            }
            ulong hash;
            if (source is StringColumn strings) hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(strings[i]));
            else
            {
                BinaryPrimitives.WriteInt64LittleEndian(buffer, ((PrimitiveColumn<long>)source).Values[i]);
                hash = XxHash64.HashToUInt64(buffer);
            }
            result[i] = mod is null ? unchecked((long)hash) : (long)(hash % (ulong)mod.Values[i]);
        }
        return new PrimitiveColumn<long>(KqlType.Long, result, nulls);
    });

    /// <summary>
    /// tohex(value[, minLength]): lower-case hex, negative values in two's complement of their own width
    /// (8 digits for int, 16 for long), zero-padded to minLength (at most 16) [doc tohex-function].
    /// </summary>
    private static string ToHex(object value, long? minLength)
    {
        string hex = value is int i ? i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)
            : ((long)value).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        int width = (int)Math.Clamp(minLength ?? 0, 0, 16);
        return hex.PadLeft(width, '0');
    }
}
