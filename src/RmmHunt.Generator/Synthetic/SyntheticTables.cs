using RmmHunt.Generator.Internals.Randomness;
using RmmHunt.Generator.Synthetic.Internals;

namespace RmmHunt.Generator.Synthetic;

/// <summary>
/// Small, plausible rows for any table, driven only by its schema: each value is chosen from the column's
/// name and type (device names for <c>DeviceName</c>, SHA-1 digests for <c>*SHA1</c>, JSON for dynamic
/// columns...). Values within a row agree (a device's id and name, an account's name, domain and SID, a
/// process's name, path and hashes), and the same few devices and accounts recur in every table, so that
/// joins between tables find partners. Not ground truth for any rule: it exists so that queries can be
/// executed over realistic shapes of data.
/// </summary>
public static class SyntheticTables
{
    /// <summary>
    /// The rows of <paramref name="table"/>, as CLR values: string, long, int, bool, double, decimal,
    /// DateTime (UTC), TimeSpan, Guid; dynamic columns hold JSON text.
    /// </summary>
    public static IReadOnlyList<object?[]> Generate(string table, IReadOnlyList<SyntheticColumn> columns, SyntheticOptions options)
    {
        // The table name takes part in the seed, so each table differs but stays the same from run to run.
        var random = new DeterministicRandom(options.Seed ^ (long)StableHash.Of(table));
        var rows = new List<object?[]>(options.Rows);
        for (int i = 0; i < options.Rows; i++)
        {
            var context = RowContext.Create(table, i, random, options);
            var row = new object?[columns.Count];
            for (int c = 0; c < columns.Count; c++) row[c] = ColumnValues.For(columns[c], context);
            rows.Add(row);
        }
        return rows;
    }
}
