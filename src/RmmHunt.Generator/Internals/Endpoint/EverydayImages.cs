using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Endpoint;

/// <summary>The ordinary programs that start all day on every device, and who signs them.</summary>
internal static class EverydayImages
{
    public static IReadOnlyList<ProcessImage> Processes { get; } =
    [
        WindowsImages.Svchost, WindowsImages.PowerShell, WindowsImages.Chrome, WindowsImages.Edge, WindowsImages.Firefox,
        WindowsImages.Outlook, WindowsImages.Teams, WindowsImages.OneDrive, WindowsImages.Sense,
        new(@"c:\windows\system32\cmd.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.22621.3527", "Windows Command Processor", 323_584),
        new(@"c:\windows\system32\conhost.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.22621.3527", "Console Window Host", 868_352),
        new(@"c:\windows\system32\taskhostw.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.22621.3527", "Host Process for Windows Tasks", 101_888),
        new(@"C:\Program Files\Microsoft Office\root\Office16\WINWORD.EXE", "Microsoft Corporation", "Microsoft Office", "16.0.17928.20156", "Microsoft Word", 1_619_312),
        new(@"C:\Program Files\Microsoft Office\root\Office16\EXCEL.EXE", "Microsoft Corporation", "Microsoft Office", "16.0.17928.20156", "Microsoft Excel", 66_416_464),
        new(@"C:\Program Files\Adobe\Acrobat DC\Acrobat\Acrobat.exe", "Adobe Inc.", "Adobe Acrobat", "24.3.20112.0", "Adobe Acrobat", 6_207_392),
        new(@"C:\Program Files\Zoom\bin\Zoom.exe", "Zoom Video Communications, Inc.", "Zoom Workplace", "6.2.3.47250", "Zoom Workplace", 492_112),
        new(@"C:\Program Files\7-Zip\7zFM.exe", "Igor Pavlov", "7-Zip", "24.08", "7-Zip File Manager", 986_112),
        new(@"C:\Program Files\Notepad++\notepad++.exe", "Don HO don.h@free.fr", "Notepad++", "8.6.9", "Notepad++", 6_430_752),
    ];

    /// <summary>The certificate subject of an everyday image (Microsoft's own binaries are signed "Microsoft Windows").</summary>
    public static string SignerOf(ProcessImage image) => image.Company switch
    {
        "Microsoft Corporation" when image.Path.StartsWith(@"c:\windows", StringComparison.OrdinalIgnoreCase) => "Microsoft Windows",
        "Don HO don.h@free.fr" => "Notepad++",
        { } company => company,
        null => "Unknown Publisher",
    };
}
