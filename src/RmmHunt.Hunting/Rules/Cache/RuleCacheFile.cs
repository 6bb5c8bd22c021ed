using System.Buffers.Binary;

namespace RmmHunt.Hunting.Rules.Cache;

/// <summary>
/// The file a rule cache lives in: a header (<see cref="RuleCacheHeader"/>), the entries (content hash of a rule
/// file, then the bytes of its <see cref="RuleCacheEntry"/>), and a checksum of all that. Entries are kept as
/// bytes and decoded only when a file of that content is loaded.
/// </summary>
internal static class RuleCacheFile
{
    private const int KeySize = RuleCacheKey.Size, ChecksumSize = 16;

    /// <summary>
    /// The entries of the file at <paramref name="path"/>, or none when it is missing, unreadable, damaged (the
    /// checksum catches a torn or flipped byte that would otherwise decode into a wrong rule), or written under
    /// another header: another build of the parser or other parse options.
    /// </summary>
    public static Dictionary<RuleCacheKey, byte[]> Read(string path, byte[] header)
    {
        var entries = new Dictionary<RuleCacheKey, byte[]>();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return entries;
        }
        int body = bytes.Length - ChecksumSize;
        if (body < header.Length || !bytes.AsSpan(0, header.Length).SequenceEqual(header)) return entries;
        if (!RuleCacheKey.Hash(bytes.AsSpan(0, body)).Equals(RuleCacheKey.Read(bytes.AsSpan(body)))) return entries;
        if (!Index(bytes, header.Length, body, entries)) entries.Clear();
        return entries;
    }

    /// <summary>
    /// Replaces the file with these entries, or leaves it as it was when that fails (an unwritable folder, a
    /// full disk): the cache only saves time. Written beside it and renamed over it, so a reader, or another
    /// process writing at the same time, sees one whole file or the other, never a mix.
    /// </summary>
    public static void Write(string path, byte[] header, IEnumerable<KeyValuePair<RuleCacheKey, byte[]>> entries)
    {
        var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(header);
            var list = entries.OrderBy(e => e.Key).ToList();
            writer.Write(list.Count);
            Span<byte> key = stackalloc byte[KeySize];
            foreach (var (hash, entry) in list)
            {
                hash.Write(key);
                writer.Write(key);
                writer.Write(entry.Length);
                writer.Write(entry);
            }
        }
        var checksum = new byte[ChecksumSize];
        RuleCacheKey.Hash(content.GetBuffer().AsSpan(0, (int)content.Length)).Write(checksum);
        content.Write(checksum);

        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                content.Position = 0;
                content.CopyTo(file);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Finds the entries between <paramref name="start"/> and <paramref name="end"/>; false if they do not fit exactly.</summary>
    private static bool Index(byte[] bytes, int start, int end, Dictionary<RuleCacheKey, byte[]> entries)
    {
        int position = start;
        if (end - position < sizeof(int)) return false;
        int count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position));
        position += sizeof(int);
        for (int i = 0; i < count; i++)
        {
            if (end - position < KeySize + sizeof(int)) return false;
            var key = RuleCacheKey.Read(bytes.AsSpan(position));
            int length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position + KeySize));
            position += KeySize + sizeof(int);
            if (length < 0 || length > end - position) return false;
            entries[key] = bytes[position..(position + length)];
            position += length;
        }
        return position == end;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // Nothing more to do: a stray temporary file is harmless.
        }
    }
}
