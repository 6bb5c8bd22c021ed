using System.Security.Cryptography;
using System.Text;

namespace RmmHunt.Pack.Generation.Fixtures;

/// <summary>
/// The realistic but invented values of fixture rows: one device per tool, documentation IP
/// addresses (203.0.113.0/24), hashes derived from file names, and timestamps one second apart
/// from a fixed instant, so the files are the same on every regeneration.
/// </summary>
internal sealed class FixtureRows
{
    public static readonly DateTime Start = new(2024, 10, 6, 12, 0, 0, DateTimeKind.Utc);

    private int _row;

    public Dictionary<string, string> Network(string toolId, string remoteUrl, FixtureProgram program)
    {
        var row = Common(toolId);
        row["ActionType"] = "ConnectionSuccess";
        row["RemoteIP"] = $"203.0.113.{_row % 250 + 1}";
        row["RemotePort"] = "443";
        row["RemoteUrl"] = remoteUrl;
        row["InitiatingProcessFileName"] = program.FileName;
        row["InitiatingProcessFolderPath"] = program.Folder + program.FileName;
        row["InitiatingProcessSHA256"] = Hash(SHA256.HashData, program.FileName);
        row["InitiatingProcessVersionInfoCompanyName"] = program.Company;
        row["InitiatingProcessVersionInfoProductName"] = program.Product;
        row["InitiatingProcessAccountDomain"] = "nt authority";
        row["InitiatingProcessAccountName"] = "system";
        return row;
    }

    public Dictionary<string, string> Process(string toolId, FixtureProgram program, string originalName = "")
    {
        var row = Common(toolId);
        row["ActionType"] = "ProcessCreated";
        row["FileName"] = program.FileName;
        row["FolderPath"] = program.Folder + program.FileName;
        row["SHA256"] = Hash(SHA256.HashData, program.FileName);
        row["ProcessCommandLine"] = $"\"{program.Folder}{program.FileName}\"";
        row["ProcessVersionInfoCompanyName"] = program.Company;
        row["ProcessVersionInfoProductName"] = program.Product;
        row["ProcessVersionInfoOriginalFileName"] = originalName;
        row["AccountDomain"] = "contoso";
        row["AccountName"] = "helpdesk.fixture";
        return row;
    }

    public Dictionary<string, string> Signature(string toolId, string signer)
    {
        var row = Common(toolId);
        row["SHA1"] = Hash(SHA1.HashData, signer + _row);
        row["IsSigned"] = "true";
        row["Signer"] = signer;
        row["Issuer"] = "Fixture Code Signing CA";
        row["IsTrusted"] = "true";
        return row;
    }

    private Dictionary<string, string> Common(string toolId)
    {
        _row++;
        string device = $"ws-{toolId}.fixture.test";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Timestamp"] = Start.AddSeconds(_row).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["DeviceId"] = Hash(SHA1.HashData, device)[..16],
            ["DeviceName"] = device,
            ["ReportId"] = _row.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static string Hash(Func<byte[], byte[]> hash, string text) => Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(text)));
}

/// <summary>A program as a fixture row shows it: file name, folder and version-resource names.</summary>
internal sealed record FixtureProgram(string FileName, string Folder, string Company, string Product)
{
    public static readonly FixtureProgram Browser = new("msedge.exe", @"C:\Program Files (x86)\Microsoft\Edge\Application\", "Microsoft Corporation", "Microsoft Edge");
    public static readonly FixtureProgram Unrelated = new("notepad.exe", @"C:\Windows\System32\", "Microsoft Corporation", "Microsoft Windows Operating System");
}
