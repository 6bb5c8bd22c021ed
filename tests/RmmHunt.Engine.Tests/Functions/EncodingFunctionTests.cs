namespace RmmHunt.Engine.Tests.Functions;

/// <summary>Encodings and hashes (https://learn.microsoft.com/kusto/query/NAME-function).</summary>
public class EncodingFunctionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory] // url-encode-function, url-decode-function, url-encode-component-function
    [InlineData("url_encode('https://www.bing.com/hello world')", "https%3a%2f%2fwww.bing.com%2fhello+world")]
    [InlineData("url_decode('https%3a%2f%2fwww.bing.com%2f')", "https://www.bing.com/")]
    [InlineData("url_decode('a+b%20c')", "a b c")]
    [InlineData("url_encode_component('https://www.bing.com/hello world/')", "https%3A%2F%2Fwww.bing.com%2Fhello%20world%2F")]
    public void Url(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // base64-*-function
    [InlineData("base64_encode_tostring('Kusto')", "S3VzdG8=")]
    [InlineData("base64_decode_tostring('S3VzdG8=')", "Kusto")]
    [InlineData("base64_decodestring('S3VzdG8=')", "Kusto")]
    [InlineData("base64_decode_tostring('U3RyaW5n0KHR0tGA0L7Rh9C60LA=')", "")] // not UTF-8: the docs' "null" is an empty string
    [InlineData("base64_decode_tostring('not base64!')", "")]
    [InlineData("base64_decode_tostring('S3Vz dG8=')", "Kusto")] // white space inside is passed over
    [InlineData("base64_decode_tostring('S3VzdG8')", "")] // padding missing
    [InlineData("base64_decode_tostring('')", "")]
    [InlineData("base64_decode_toarray('not base64!')", "null")]
    [InlineData("base64_decode_toarray('S3VzdG8=')", "[75,117,115,116,111]")]
    [InlineData("base64_encode_fromarray(dynamic([75, 117, 115, 116, 111]))", "S3VzdG8=")]
    [InlineData("base64_encode_fromguid(toguid('ae3133f2-6e22-49ae-b06a-16e6a9b212eb'))", "8jMxriJurkmwahbmqbIS6w==")]
    [InlineData("base64_decode_toguid('8jMxriJurkmwahbmqbIS6w==')", "ae3133f2-6e22-49ae-b06a-16e6a9b212eb")]
    public void Base64(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // hash-function, hash-sha256-function, hash-sha1-function, hash-md5-function
    [InlineData("hash('World')", "1846988464401551951")]
    [InlineData("hash('World', 100)", "51")]
    [InlineData("hash(datetime(2015-01-01))", "1380966698541616202")]
    [InlineData("hash_sha256('World')", "78ae647dc5544d227130a0682a51e30bc7777fbb6d8a8f17007463a3ecd1d524")]
    [InlineData("hash_sha1('World')", "70c07ec18ef89c5309bbb0937f3a6342411e1fdd")]
    [InlineData("hash_sha1(datetime(2020-01-01))", "e903e533f4d636b4fc0dcf3cf81e7b7f330de776")]
    [InlineData("hash_md5('World')", "f5a7924e621e84c9280a9a27e1bcb7f6")]
    public void Hashes(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact] // the docs do not say which bytes of a real or a bool hash() hashes
    public void Hash_of_an_undocumented_type_is_refused() =>
        Assert.Contains("not supported", Kusto.Errors("print hash(1.5)"));

    [Theory] // tohex-function
    [InlineData("tohex(256)", "100")]
    [InlineData("tohex(-256)", "ffffffffffffff00")]
    [InlineData("tohex(toint(-256), 8)", "ffffff00")]
    [InlineData("tohex(256, 8)", "00000100")]
    [InlineData("tohex(256, 2)", "100")]
    public void Tohex(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // zlib-base64-decompress-function, gzip-base64-decompress-function
    [InlineData("zlib_decompress_from_base64_string('eJwLSS0uUSguKcrMS1cwNDIGACxqBQ4=')", "Test string 123")]
    [InlineData("zlib_decompress_from_base64_string('eAEBFADr/zEyMzQ1Njc4OTBxd2VydHl1aW9wOAkGdw==')", "1234567890qwertyuiop")]
    [InlineData("zlib_decompress_from_base64_string('x0x0x0')", "")]
    [InlineData("zlib_decompress_from_base64_string('eJz7/08hPxsACqEC+A==')", "")] // decompresses to bytes that are not UTF-8
    [InlineData("gzip_decompress_from_base64_string('H4sIAAAAAAAA/wEUAOv/MTIzNDU2Nzg5MHF3ZXJ0eXVpb3A6m7f2FAAAAA==')", "1234567890qwertyuiop")]
    [InlineData("gzip_decompress_from_base64_string('x0x0x0')", "")]
    public void Decompression(string expression, string expected) => Assert.Equal(expected, Eval(expression));
}
