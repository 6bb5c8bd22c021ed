namespace RmmHunt.Generator.Synthetic.Internals;

/// <summary>Chooses a column's value from its type, then from its name.</summary>
internal static class ColumnValues
{
    public static object? For(SyntheticColumn column, RowContext row) =>
        row.Hints.TryGetValue(column.Name, out var hints) && HintedValues.TryFor(column.Type, hints, row, out var hinted) ? hinted : Generated(column, row);

    private static object? Generated(SyntheticColumn column, RowContext row) => column.Type.ToLowerInvariant() switch
    {
        "string" => StringValues.For(column.Name, row),
        "datetime" or "date" => TimeValues.For(column.Name, row),
        "long" or "int64" => NumberValues.Long(column.Name, row),
        "int" or "int32" => (int)NumberValues.Long(column.Name, row),
        "real" or "double" => Math.Round(row.Random.NextDouble() * 10, 2),
        "decimal" => (decimal)Math.Round(row.Random.NextDouble() * 10, 2),
        "bool" or "boolean" => row.Random.Chance(0.3),
        "timespan" or "time" => TimeSpan.FromSeconds(row.Random.Next(1, 3600)),
        "guid" or "uniqueid" => Guid.Parse(RmmHunt.Generator.Internals.Randomness.StableHash.Guid($"{row.Table}:{column.Name}:{row.Index}")),
        "dynamic" => DynamicValues.For(column.Name, row),
        _ => null,
    };
}
