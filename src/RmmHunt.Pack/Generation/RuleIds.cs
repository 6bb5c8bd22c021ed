using System.Security.Cryptography;
using System.Text;

namespace RmmHunt.Pack.Generation;

/// <summary>
/// Rule ids as name-based UUIDs (version 5, RFC 9562): the same tool and kind give the same id on
/// every regeneration, so exclusions, policies and SIEM bookmarks that name an id keep working.
/// </summary>
public static class RuleIds
{
    /// <summary>The URL namespace of RFC 9562.</summary>
    private static readonly byte[] UrlNamespace = Convert.FromHexString("6ba7b8119dad11d180b400c04fd430c8");

    /// <summary>The pack's own namespace: the v5 UUID of its name in the URL namespace.</summary>
    public static string Namespace { get; } = Uuid5(UrlNamespace, "urn:rmmhunt:rmm-pack");

    public static string For(string toolId, RuleKind kind) => Uuid5(Convert.FromHexString(Namespace.Replace("-", "")), $"{toolId}/{kind.Name}");

    public static string Uuid5(byte[] namespaceBytes, string name)
    {
        var hash = SHA1.HashData([.. namespaceBytes, .. Encoding.UTF8.GetBytes(name)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        string hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
