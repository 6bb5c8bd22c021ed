using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// Fills the InitiatingProcess* columns. PIDs and start times are derived from the device, the image and a
/// time bucket instead of drawn at random, so one running process keeps one PID and one start time across
/// all its rows, and a process never starts after the connection it made or before its parent.
/// </summary>
internal static class ProcessStamp
{
    private static readonly TimeSpan SessionBucket = TimeSpan.FromHours(8);
    private static readonly TimeSpan TransientBucket = TimeSpan.FromMinutes(10);

    public static void Apply(NetworkEvent e, Device device, ProcessLaunch launch, Account account)
    {
        var image = launch.Image;
        e.InitiatingProcessSHA1 = image.Sha1;
        e.InitiatingProcessSHA256 = image.Sha256;
        e.InitiatingProcessMD5 = image.Md5;
        e.InitiatingProcessFileName = image.FileName;
        e.InitiatingProcessFileSize = image.Size;
        e.InitiatingProcessVersionInfoCompanyName = image.Company;
        e.InitiatingProcessVersionInfoProductName = image.Product;
        e.InitiatingProcessVersionInfoProductVersion = image.Version;
        e.InitiatingProcessVersionInfoInternalFileName = image.InternalFileName;
        e.InitiatingProcessVersionInfoOriginalFileName = image.OriginalFileName;
        e.InitiatingProcessVersionInfoFileDescription = image.Description;
        e.InitiatingProcessCommandLine = launch.CommandLine;
        e.InitiatingProcessFolderPath = image.Path;
        e.InitiatingProcessParentFileName = launch.ParentFileName;
        StampTimes(e, device, launch);
        StampAccount(e, account);
    }

    public static void StampAccount(NetworkEvent e, Account account)
    {
        e.InitiatingProcessAccountDomain = account.Domain;
        e.InitiatingProcessAccountName = account.Name;
        e.InitiatingProcessAccountSid = account.Sid;
        e.InitiatingProcessAccountUpn = account.Upn;
        e.InitiatingProcessAccountObjectId = account.ObjectId;
        e.InitiatingProcessIntegrityLevel = account.IntegrityLevel;
        e.InitiatingProcessTokenElevation = account.TokenElevation;
        e.InitiatingProcessSessionId = account.SessionId;
        e.IsInitiatingProcessRemoteSession = false;
    }

    private static void StampTimes(NetworkEvent e, Device device, ProcessLaunch launch)
    {
        ulong imageKey = StableHash.Of(launch.Image.Path);
        ulong parentKey = StableHash.Of(launch.ParentFileName);
        if (launch.Lifetime == ProcessLifetime.Service)
        {
            ulong key = StableHash.Mix(device.Salt, imageKey);
            ulong parent = StableHash.Mix(device.Salt, parentKey);
            e.InitiatingProcessCreationTime = device.BootTime + Offset(key, TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(10));
            e.InitiatingProcessParentCreationTime = device.BootTime + Offset(parent, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
            e.InitiatingProcessId = Pid(key);
            e.InitiatingProcessParentId = Pid(parent);
            return;
        }
        var bucket = launch.Lifetime == ProcessLifetime.Session ? SessionBucket : TransientBucket;
        long bucketIndex = e.Timestamp.Ticks / bucket.Ticks;
        var bucketStart = new DateTime(bucketIndex * bucket.Ticks, DateTimeKind.Utc);
        ulong instance = StableHash.Mix(StableHash.Mix(device.Salt, imageKey), (ulong)bucketIndex);
        ulong parentInstance = StableHash.Mix(StableHash.Mix(device.Salt, parentKey), (ulong)bucketIndex);
        var created = bucketStart - Offset(instance, TimeSpan.FromSeconds(1), bucket / 3);
        e.InitiatingProcessCreationTime = created;
        e.InitiatingProcessParentCreationTime = created - Offset(parentInstance, TimeSpan.FromMilliseconds(300), TimeSpan.FromHours(1));
        e.InitiatingProcessId = Pid(instance);
        e.InitiatingProcessParentId = Pid(parentInstance);
    }

    /// <summary>Windows PIDs are multiples of four.</summary>
    private static long Pid(ulong key) => 4 * (long)(100 + key % 12_000);

    private static TimeSpan Offset(ulong key, TimeSpan minimum, TimeSpan spread) =>
        minimum + TimeSpan.FromTicks((long)((key >> 16) % (ulong)spread.Ticks));
}
