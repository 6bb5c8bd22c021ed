using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// A chunk of a row group's rows as read: the rows kept, those rejected (a stored value that does
/// not convert to the table's type), in record order, and how many the needle filter skipped (no query
/// can keep them). Rows kept + rejected + skipped = the chunk's rows.
/// </summary>
internal sealed record DecodedChunk(Batch Batch, IReadOnlyList<RejectedRow> Rejections, int Skipped = 0);
