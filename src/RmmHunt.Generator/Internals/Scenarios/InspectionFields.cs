using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// AdditionalFields of the deep-packet-inspection rows, shaped like a real export (Zeek-style keys, every
/// value a string, DNS answers as JSON-inside-a-string, <c>ts</c> as a Windows FILETIME).
/// </summary>
internal static class InspectionFields
{
    private const string ZeekUidAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Dns(string query, string answer, DeterministicRandom random, DateTime timestamp) =>
        $$"""{"direction":"Out","trans_id":"{{random.Next(1, 65536)}}","rtt":"0.0{{random.Next(10_000, 99_999)}}","query":"{{query}}","qclass":"1","qclass_name":"C_INTERNET","qtype":"1","qtype_name":"A","rcode":"0","uid":"{{Uid(random)}}","rcode_name":"NOERROR","AA":"false","TC":"false","RD":"true","RA":"true","answers":"[\"{{answer}}\"]","TTLs":"[{{random.Next(30, 3600)}}.0]","rejected":"false","ts":"{{timestamp.ToFileTimeUtc()}}"}""";

    public static string Tls(string serverName, DeterministicRandom random, DateTime timestamp) =>
        $$"""{"direction":"Out","version":"TLSv13","server_name":"{{serverName}}","resumed":"false","established":"true","subject":"CN={{serverName}}","issuer":"CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US","cipher":"TLS_AES_256_GCM_SHA384","uid":"{{Uid(random)}}","ts":"{{timestamp.ToFileTimeUtc()}}"}""";

    public static string Http(string host, string uri, string userAgent, int responseLength) =>
        $$"""{"direction":"Out","host":"{{host}}","method":"GET","request_body_len":"0","response_body_len":"{{responseLength}}","status_code":"200","status_msg":"OK","tags":"[]","trans_depth":"1","uri":"{{uri}}","user_agent":"{{userAgent}}","version":"1.1"}""";

    public static string Icmp(DeterministicRandom random) =>
        $$"""{"direction":"Out","conn_state":"OTH","duration":"0.0{{random.Next(10_000, 99_999)}}","missed_bytes":"0","orig_bytes":"32","orig_ip_bytes":"60","orig_pkts":"1","resp_bytes":"32","resp_ip_bytes":"60","resp_pkts":"1","uid":"{{Uid(random)}}"}""";

    private static string Uid(DeterministicRandom random) => string.Create(18, random, static (span, r) =>
    {
        span[0] = 'C';
        for (int i = 1; i < span.Length; i++) span[i] = ZeekUidAlphabet[r.Next(ZeekUidAlphabet.Length)];
    });
}
