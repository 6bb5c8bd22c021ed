using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Model;

/// <summary>
/// An executable on disk with its version resource. The hashes are derived from the image's identity, so
/// the same binary carries the same SHA1/SHA256/MD5 on every device, as real telemetry does.
/// </summary>
internal sealed class ProcessImage
{
    public ProcessImage(string path, string? company, string? product, string? version, string? description,
        long size, string? originalFileName = null, string? internalFileName = null)
    {
        Path = path;
        FileName = path[(path.LastIndexOf('\\') + 1)..];
        Company = company;
        Product = product;
        Version = version;
        Description = description;
        Size = size;
        OriginalFileName = originalFileName ?? FileName;
        InternalFileName = internalFileName ?? System.IO.Path.GetFileNameWithoutExtension(FileName);
        string identity = $"{path}|{company}|{product}|{version}|{size}";
        Sha1 = StableHash.Sha1Hex(identity);
        Sha256 = StableHash.Sha256Hex(identity);
        Md5 = StableHash.Md5Hex(identity);
    }

    private ProcessImage(ProcessImage binary, string fileName)
    {
        Path = binary.Path;
        FileName = fileName;
        Company = binary.Company;
        Product = binary.Product;
        Version = binary.Version;
        Description = binary.Description;
        Size = binary.Size;
        OriginalFileName = binary.OriginalFileName;
        InternalFileName = binary.InternalFileName;
        Sha1 = binary.Sha1;
        Sha256 = binary.Sha256;
        Md5 = binary.Md5;
    }

    /// <summary>Full path of the image; Defender's InitiatingProcessFolderPath includes the file name.</summary>
    public string Path { get; }
    public string FileName { get; }
    public string? Company { get; }
    public string? Product { get; }
    public string? Version { get; }
    public string? Description { get; }
    public long Size { get; }
    public string OriginalFileName { get; }
    public string InternalFileName { get; }
    public string Sha1 { get; }
    public string Sha256 { get; }
    public string Md5 { get; }

    /// <summary>A different binary (hence different hashes) that claims another vendor or product.</summary>
    public ProcessImage WithVersionInfo(string? company, string? product) =>
        new(Path, company, product, Version, Description, Size, OriginalFileName, InternalFileName);

    /// <summary>The same binary reported under another spelling of its name (Defender often lower-cases it).</summary>
    public ProcessImage ReportedAs(string fileName) => new(this, fileName);
}
