using ParquetSharp;

namespace RmmHunt.Data.Parquet;

/// <summary>Telling damaged Parquet data (not a bug of ours) from other failures, and saying what the library found.</summary>
internal static class ParquetDamage
{
    /// <summary>Whether an exception from reading pages means the data is damaged: the rest of the row group is given up.</summary>
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
}
