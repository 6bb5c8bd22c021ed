using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>URL and base64 encodings, hashes and hex formatting.</summary>
internal static class EncodingFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("url_encode", StringT, StringT),
        Scalar("url_encode_component", StringT, StringT),
        Scalar("url_decode", StringT, StringT),
        Scalar("base64_encode_tostring", StringT, StringT),
        Scalar("base64_encodestring", StringT, StringT),
        Scalar("base64_decode_tostring", StringT, StringT),
        Scalar("base64_decodestring", StringT, StringT),
        Scalar("base64_decode_toarray", DynamicT, StringT),
        Scalar("base64_encode_fromarray", StringT, DynamicT),
        Scalar("base64_decode_toguid", GuidT, StringT),
        Scalar("base64_encode_fromguid", StringT, GuidT),
        // The SHA and MD5 hashes take any scalar and hash the UTF-8 of its text: hash_sha1(datetime(2020-01-01))
        // is the SHA-1 of "2020-01-01T00:00:00.0000000Z" [doc hash-sha1-function].
        Scalar("zlib_decompress_from_base64_string", StringT, StringT),
        Scalar("gzip_decompress_from_base64_string", StringT, StringT),
        Scalar("hash_sha256", 1, 1, AnyText(StringT)),
        Scalar("hash_sha1", 1, 1, AnyText(StringT)),
        Scalar("hash_md5", 1, 1, AnyText(StringT)),
        Scalar("hash", 1, 2, Hash),
        Scalar("hash_xxhash64", 1, 2, Hash),
        Scalar("tohex", 1, 2, Signatures.Overloads((StringT, [IntT, LongT]), (StringT, [LongT, LongT]))).NamedAsArgument(),
    ];

    private static Resolver AnyText(KqlType result) => TextAt(Signatures.Fixed(result, StringT), [0]);

    /// <summary>
    /// hash(source[, mod]) is xxhash64 of the value's bytes: UTF-8 for a string, the 64-bit little-endian
    /// value for long, datetime and timespan (checked against the docs' examples). Kusto does not document
    /// the bytes it hashes for other types, so those are refused rather than guessed.
    /// </summary>
    private static Resolution Hash(IReadOnlyList<KqlType> args)
    {
        if (args[0] == DynamicT) return Resolution.Failed("hash() does not take a dynamic value, as in Kusto; convert it with tostring()");
        var source = args[0];
        if (source is not (KqlType.String or KqlType.Long or KqlType.DateTime or KqlType.TimeSpan))
            return Resolution.Failed($"hashing a {args[0].Name()} value is not supported (Kusto does not document the bytes it hashes); convert it with tostring()");
        var parameters = args.Count == 1 ? new[] { source } : [source, LongT];
        if (args.Count == 2 && TypeCoercion.Cost(args[1], LongT) < 0) return Resolution.Failed($"the modulus of hash() must be an integer, but it is {args[1].Name()}");
        return new Resolution(LongT, parameters);
    }
}
