using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// A chunk of a row group's rows as read: the rows kept, and those rejected (a stored value that does
/// not convert to the table's type), in record order. Rows read + rejected = the chunk's rows.
/// </summary>
internal sealed record DecodedChunk(Batch Batch, IReadOnlyList<RejectedRow> Rejections);
