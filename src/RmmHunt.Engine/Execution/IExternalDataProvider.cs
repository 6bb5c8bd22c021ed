using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Execution;

/// <summary>
/// Where <c>externaldata</c> reads from. Offline runs never fetch URLs: a provider serves local copies
/// the user named, and a URL without one is an error.
/// </summary>
public interface IExternalDataProvider
{
    /// <summary>The rows of one URL, laid out by <paramref name="data"/>'s schema.</summary>
    IEnumerable<Batch> Read(BoundExternalData data, string url, RunContext context);
}
