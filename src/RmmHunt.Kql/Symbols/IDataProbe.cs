using RmmHunt.Kql.Binding;

namespace RmmHunt.Kql.Symbols;

/// <summary>
/// Runs part of a query while it is being bound, for the few operators whose output columns depend on
/// the data (<c>evaluate bag_unpack</c> makes a column per property name found). Runs that have data
/// provide one; checking without data does not, and such columns are then reported as unknown until run.
/// </summary>
public interface IDataProbe
{
    /// <summary>The values of one column of a bound tabular expression, evaluated over the run's data.</summary>
    IEnumerable<object?> Values(BoundTable table, BoundExpr column);
}
