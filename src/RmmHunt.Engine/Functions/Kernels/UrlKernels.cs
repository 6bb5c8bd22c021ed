using System.Text.RegularExpressions;
using System.Web;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>parse_url and parse_urlquery.</summary>
internal static partial class UrlKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("parse_url", _ => Kernel.OfText(KqlType.Dynamic, ParseUrl));
        add("parseurl", _ => Kernel.OfText(KqlType.Dynamic, ParseUrl));
        add("parse_urlquery", _ => Kernel.OfText(KqlType.Dynamic, s => new DynBag([new("Query Parameters", QueryParameters(s))])));
        add("parseurlquery", _ => Kernel.OfText(KqlType.Dynamic, s => new DynBag([new("Query Parameters", QueryParameters(s))])));
    }

    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://(?<authority>[^/?#]*)(?<path>[^?#]*)(?:\?(?<query>[^#]*))?(?:#(?<fragment>.*))?$", RegexOptions.Singleline)]
    private static partial Regex AbsoluteUrl();

    /// <summary>
    /// parse_url(url): Scheme, Host, Port, Path, Username, Password, Query Parameters and Fragment of an
    /// absolute URL; every part is "" (and the parameters {}) when the text is not one. Kusto takes a
    /// user only in the form user:password@, splits host and port at the authority's last ':' and keeps
    /// the path's leading '/' (the outputs in microsoft/Kusto-Query-Language issue 112).
    /// </summary>
    private static DynBag ParseUrl(string url)
    {
        string scheme = "", host = "", port = "", path = "", user = "", password = "", query = "", fragment = "";
        var match = AbsoluteUrl().Match(url);
        if (match.Success)
        {
            scheme = match.Groups["scheme"].Value;
            string authority = match.Groups["authority"].Value;
            int at = authority.LastIndexOf('@');
            if (at >= 0 && authority[..at].IndexOf(':') is var colon and >= 0)
            {
                user = authority[..colon];
                password = authority[(colon + 1)..at];
                authority = authority[(at + 1)..];
            }
            int portColon = authority.LastIndexOf(':');
            host = portColon >= 0 ? authority[..portColon] : authority;
            port = portColon >= 0 ? authority[(portColon + 1)..] : "";
            path = match.Groups["path"].Value;
            query = match.Groups["query"].Value;
            fragment = match.Groups["fragment"].Value;
        }
        return new DynBag(
        [
            new("Scheme", scheme), new("Host", host), new("Port", port), new("Path", path), new("Username", user),
            new("Password", password), new("Query Parameters", QueryParameters(query)), new("Fragment", fragment),
        ]);
    }

    /// <summary>
    /// key=value pairs separated by '&amp;'; a pair without '=' is left out and a repeated key keeps its
    /// last value (issue 112, dataexplorer-docs issue 917). Keys and values are URL-decoded [doc silent:
    /// decided here].
    /// </summary>
    private static DynBag QueryParameters(string query)
    {
        var entries = new List<KeyValuePair<string, object?>>();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=');
            if (equals < 0) continue;
            entries.Add(new(HttpUtility.UrlDecode(pair[..equals]), HttpUtility.UrlDecode(pair[(equals + 1)..])));
        }
        return new DynBag(entries);
    }
}
