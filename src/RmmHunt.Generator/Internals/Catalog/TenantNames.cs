using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Catalog;

/// <summary>Names and addresses of the made-up tenant: a German SME, "contoso.de", with four sites.</summary>
internal static class TenantNames
{
    public const string DnsSuffix = "corp.contoso.de";
    public const string NetbiosDomain = "contoso";
    public const string DomainSid = "S-1-5-21-2819635123-1843752690-3721449563";

    private static readonly string[] ServerRoles =
        ["dc01", "mgmt01", "fs01", "sql01", "app01", "rds01", "dc02", "print01", "web01", "backup01", "exch01", "erp01"];

    private static readonly string[] Sites = ["ber", "ham", "muc", "sb"];

    private static readonly string[] FirstNames =
    [
        "anna", "jonas", "lea", "lukas", "marie", "felix", "sophie", "paul", "laura", "tim", "julia", "max",
        "katrin", "stefan", "sabine", "thomas", "petra", "michael", "claudia", "andreas", "nina", "jan",
    ];

    private static readonly string[] LastNames =
    [
        "mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "schulz", "hoffmann",
        "koch", "richter", "klein", "wolf", "schroeder", "neumann", "schwarz", "braun", "zimmermann", "krueger",
    ];

    public static string ServerName(int index) =>
        $"srv-{(index < ServerRoles.Length ? ServerRoles[index] : $"app{index:00}")}.{DnsSuffix}";

    public static string WorkstationName(int index, DeterministicRandom random)
    {
        string kind = random.Chance(0.3) ? "nb" : "ws";
        return $"{kind}-{Sites[index % Sites.Length]}-{100 + index:000}.{DnsSuffix}";
    }

    /// <summary>Office LAN mostly; some notebooks at home behind a Fritz!Box, some on the VPN pool.</summary>
    public static string WorkstationAddress(int index, DeterministicRandom random)
    {
        double where = random.NextDouble();
        if (where < 0.15) return $"192.168.178.{20 + random.Next(200)}";
        if (where < 0.25) return $"172.20.{random.Next(4)}.{10 + random.Next(240)}";
        return $"10.{20 + index % Sites.Length}.{random.Next(1, 8)}.{10 + random.Next(240)}";
    }

    public static Account User(int index, DeterministicRandom random)
    {
        string name = $"{random.Pick(FirstNames)}.{random.Pick(LastNames)}";
        int rid = 1104 + index;
        return new Account(
            Domain: NetbiosDomain,
            Name: name,
            Sid: $"{DomainSid}-{rid}",
            Upn: $"{name}@contoso.de",
            ObjectId: StableHash.Guid($"entra|{name}|{rid}"),
            IntegrityLevel: "Medium",
            TokenElevation: "TokenElevationTypeLimited",
            SessionId: 1);
    }

    /// <summary>The administrator account named in the seed's "agent update" scenario.</summary>
    public static Account AdminUser { get; } = new(
        NetbiosDomain, "admin_user", $"{DomainSid}-1500", "admin_user@contoso.de",
        StableHash.Guid("entra|admin_user"), "High", "TokenElevationTypeFull", 2);
}
