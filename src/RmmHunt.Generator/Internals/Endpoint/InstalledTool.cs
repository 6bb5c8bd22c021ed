using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Endpoint;

/// <summary>An RMM tool installed on some devices: the binaries it runs and the certificate subject they are signed with.</summary>
internal sealed record InstalledTool(string Name, IReadOnlyList<Device> Devices, IReadOnlyList<ProcessImage> Images, string Signer);
