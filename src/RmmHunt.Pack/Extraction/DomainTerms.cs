using System.Net;

namespace RmmHunt.Pack.Extraction;

/// <summary>
/// Turns a catalogue's domain entry into a term for <c>RemoteUrl has</c>. KQL's <c>has</c> matches whole
/// terms, so <c>has 'anydesk.com'</c> already finds <c>relay-1.net.anydesk.com</c>: a wildcard entry
/// (<c>*.anydesk.com</c>, <c>relay-[a-f0-9]{8}.net.anydesk.com</c>, <c>plus*.site24x7.com</c>) becomes the
/// literal suffix after its last wildcard. What is left must still name something.
/// </summary>
internal static class DomainTerms
{
    private const string WildcardChars = "*[]{}()?+|^$\\";
    private static readonly HashSet<string> SecondLevelSuffixes = ["co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go"];

    public static Normalized Normalize(string raw, bool authoritative, ISet<string> generic)
    {
        string text = raw.Trim().Trim('\'', '"').Trim().ToLowerInvariant();
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) text = text[(scheme + 3)..];
        int slash = text.IndexOf('/');
        if (slash >= 0) text = text[..slash];
        int colon = text.LastIndexOf(':');
        if (colon >= 0 && text[(colon + 1)..].All(char.IsAsciiDigit)) text = text[..colon];
        if (text.EndsWith(".*", StringComparison.Ordinal)) text = text[..^2];
        int wildcard = text.LastIndexOfAny(WildcardChars.ToCharArray());
        if (wildcard >= 0) text = text[(wildcard + 1)..];
        text = text.Trim('.', '-');
        if (text.Length == 0) return Normalized.Reject("nothing literal is left after the wildcard");
        if (!text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')) return Normalized.Reject("not a domain name");
        if (IPAddress.TryParse(text, out _)) return Normalized.Reject("an IP address, not a name (RemoteUrl holds names)");
        var labels = text.Split('.');
        if (labels.Any(l => l.Length == 0)) return Normalized.Reject("not a domain name");
        if (labels.Length == 1)
        {
            // RemoteManagementMonitoringTools hunts on a few host-name words such as 'atera-agent-heartbeat'.
            return authoritative && text.Length >= 6 && text.Contains('-')
                ? Normalized.Accept(text)
                : Normalized.Reject("a single word, not a domain");
        }
        if (labels[^1].All(char.IsAsciiDigit)) return Normalized.Reject("part of an IP address, not a name");
        if (labels.Length == 2 && SecondLevelSuffixes.Contains(labels[0]) && labels[1].Length == 2)
            return Normalized.Reject("a public suffix shared by every site under it");
        if (generic.Contains(text)) return Normalized.Reject("shared infrastructure that every tenant of the service reaches");
        return Normalized.Accept(text);
    }
}
