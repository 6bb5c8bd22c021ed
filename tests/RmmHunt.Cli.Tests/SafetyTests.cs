using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// RmmHunt reads files a hunter gives it and rules from anyone: it must not run anything from them or
/// reach the network. None of its assemblies so much as refers to a way to do either; a change that
/// needs one (the planned Azure backends) must say so here.
/// </summary>
public class SafetyTests
{
    private static readonly string[] Assemblies = ["rmmhunt.dll", "RmmHunt.Hunting.dll", "RmmHunt.Data.dll", "RmmHunt.Engine.dll", "RmmHunt.Kql.dll"];

    /// <summary>Types that start processes, open connections or load code.</summary>
    private static readonly HashSet<string> Forbidden =
    [
        "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo",
        "System.Net.Http.HttpClient", "System.Net.Http.HttpClientHandler", "System.Net.Http.SocketsHttpHandler", "System.Net.Http.HttpMessageInvoker",
        "System.Net.WebClient", "System.Net.WebRequest", "System.Net.HttpWebRequest", "System.Net.FileWebRequest",
        "System.Net.Sockets.Socket", "System.Net.Sockets.TcpClient", "System.Net.Sockets.UdpClient", "System.Net.Sockets.NetworkStream",
        "System.Net.NetworkInformation.Ping", "System.Runtime.Loader.AssemblyLoadContext",
    ];

    private static readonly HashSet<string> ForbiddenMembers = ["Load", "LoadFrom", "LoadFile", "UnsafeLoadFrom"]; // of System.Reflection.Assembly

    [Theory]
    [MemberData(nameof(AssemblyNames))]
    public void No_assembly_refers_to_processes_the_network_or_code_loading(string assembly)
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, assembly));
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        var referenced = metadata.TypeReferences.Select(h => FullName(metadata, metadata.GetTypeReference(h))).ToHashSet();
        Assert.Contains("System.Object", referenced); // the scan sees the assembly's references
        Assert.DoesNotContain(referenced, Forbidden.Contains);
        var assemblyMembers = metadata.MemberReferences.Select(metadata.GetMemberReference)
            .Where(m => m.Parent.Kind == HandleKind.TypeReference
                && FullName(metadata, metadata.GetTypeReference((TypeReferenceHandle)m.Parent)) == "System.Reflection.Assembly")
            .Select(m => metadata.GetString(m.Name));
        Assert.DoesNotContain(assemblyMembers, ForbiddenMembers.Contains);
    }

    public static TheoryData<string> AssemblyNames() => new(Assemblies);

    private static string FullName(MetadataReader metadata, TypeReference type) =>
        metadata.GetString(type.Namespace) is { Length: > 0 } ns ? $"{ns}.{metadata.GetString(type.Name)}" : metadata.GetString(type.Name);
}
