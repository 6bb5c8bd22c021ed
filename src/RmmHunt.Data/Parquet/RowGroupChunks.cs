using ParquetSharp;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// The column readers of one row group, opened on the first chunk read (opening reads the dictionary
/// pages, which may be damaged, so it fails where reading fails) and closed together.
/// </summary>
internal sealed class RowGroupChunks(RowGroupReader group, (int Field, Kql.Symbols.KqlType Stored)[] columns) : IDisposable
{
    private ParquetColumnReader[]? _readers;

    public IReadOnlyList<ParquetColumnReader> Readers
    {
        get
        {
            if (_readers is not null) return _readers;
            var readers = new List<ParquetColumnReader>();
            try
            {
                foreach (var (ordinal, stored) in columns) readers.Add(new ParquetColumnReader(group.Column(ordinal), stored));
            }
            catch
            {
                foreach (var reader in readers) reader.Dispose();
                throw;
            }
            return _readers = readers.ToArray();
        }
    }

    /// <summary>Whether an exception from reading pages means the data is damaged (not a bug of ours): the group is given up.</summary>
    public static bool IsDamage(Exception e) => e is ParquetException or InvalidDataException or OverflowException;

    /// <summary>The first line of the library's message: ParquetSharp wraps Arrow's status in a long text.</summary>
    public static string Describe(Exception e)
    {
        string message = e.Message;
        int quote = message.IndexOf("(message: '", StringComparison.Ordinal);
        if (quote >= 0) message = message[(quote + 11)..].TrimEnd(')', '\'');
        message = message.Split('\n')[0].Trim();
        return message.Length > 200 ? message[..200] + "…" : message;
    }

    public void Dispose()
    {
        foreach (var reader in _readers ?? []) reader.Dispose();
    }
}
