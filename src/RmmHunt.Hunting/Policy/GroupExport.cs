using RmmHunt.Hunting.Csv;

namespace RmmHunt.Hunting.Policy;

/// <summary>
/// Device names from a group membership export as CSV: the Entra admin center's "Download members"
/// (columns such as <c>id</c>, <c>displayName</c>, <c>objectType</c>), Microsoft Graph exports
/// (<c>@odata.type</c>), or Active Directory's <c>Get-ADGroupMember | Export-Csv</c> (<c>name</c>,
/// <c>objectClass</c>, <c>SamAccountName</c> with a trailing <c>$</c>). Where the export says what each
/// member is, only devices and computers are taken: user members are not devices.
/// </summary>
public static class GroupExport
{
    private static readonly string[] NameColumns = ["deviceName", "displayName", "dNSHostName", "name", "ComputerName", "SamAccountName"];
    private static readonly string[] TypeColumns = ["objectType", "objectClass", "@odata.type", "type"];

    public static (List<string> Devices, string? Problem) Read(string path)
    {
        List<Dictionary<string, string>> records;
        try
        {
            records = SimpleCsv.ReadRecords(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"cannot read the group export {path}: {e.Message}");
        }
        if (records.Count == 0) return ([], $"the group export {path} has no members");
        var header = records[0].Keys.ToList();
        string? nameColumn = NameColumns.FirstOrDefault(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));
        if (nameColumn is null)
            return ([], $"the group export {path} has no device name column (one of {string.Join(", ", NameColumns)})");
        string? typeColumn = TypeColumns.FirstOrDefault(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));
        var devices = records
            .Where(r => typeColumn is null || IsDevice(r.GetValueOrDefault(typeColumn, "")))
            .Select(r => r.GetValueOrDefault(nameColumn, "").Trim().TrimEnd('$'))
            .Where(n => n.Length > 0)
            .ToList();
        return devices.Count == 0 ? ([], $"the group export {path} lists no device or computer members") : (devices, null);
    }

    private static bool IsDevice(string type) =>
        type.Contains("device", StringComparison.OrdinalIgnoreCase) || type.Contains("computer", StringComparison.OrdinalIgnoreCase);
}
