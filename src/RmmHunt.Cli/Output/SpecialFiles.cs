using System.Runtime.InteropServices;

namespace RmmHunt.Cli;

/// <summary>Tells devices and pipes (<c>/dev/null</c>, <c>/dev/full</c>, FIFOs) from regular files, which .NET does not.</summary>
internal static partial class SpecialFiles
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x0001;
    private const int ModeOffset = 28; // of stx_mode in struct statx, the same on every Linux architecture
    private const int TypeMask = 0xF000, Regular = 0x8000, Directory = 0x4000;

    /// <summary>Whether <paramref name="path"/> exists and is neither a regular file nor a directory.</summary>
    public static bool IsDeviceOrPipe(string path)
    {
        if (OperatingSystem.IsLinux()) return LinuxType(path) is { } type && type != Regular && type != Directory;
        // Elsewhere on Unix, devices live under /dev; Windows has no such paths to rename over.
        return !OperatingSystem.IsWindows() && Path.GetFullPath(path).StartsWith("/dev/", StringComparison.Ordinal) && File.Exists(path);
    }

    private static unsafe int? LinuxType(string path)
    {
        byte* buffer = stackalloc byte[256]; // struct statx is 256 bytes
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without statx (musl before 1.2.5, glibc before 2.28): fall back on the path.
            return Path.GetFullPath(path).StartsWith("/dev/", StringComparison.Ordinal) && File.Exists(path) ? 0 : null;
        }
        return *(ushort*)(buffer + ModeOffset) & TypeMask;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);
}
