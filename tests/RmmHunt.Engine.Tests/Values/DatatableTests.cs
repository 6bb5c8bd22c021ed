using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Values;

/// <summary>https://learn.microsoft.com/kusto/query/datatable-operator</summary>
public class DatatableTests
{
    [Fact]
    public void Every_type_and_its_typed_null()
    {
        var result = Kusto.Run("""
            datatable(s:string, i:int, l:long, r:real, b:bool, t:datetime, ts:timespan, g:guid, d:dynamic, m:decimal)
            [
                'x', 1, 2, 1.5, true, datetime(2024-01-01), 1h, guid(74be27de-1e4e-49d9-b579-fe0b331d3642), dynamic([1]), decimal(2.5),
                '', int(null), long(null), real(null), bool(null), datetime(null), timespan(null), guid(null), dynamic(null), decimal(null),
            ]
            """);
        Assert.Equal([KqlType.String, KqlType.Int, KqlType.Long, KqlType.Real, KqlType.Bool, KqlType.DateTime, KqlType.TimeSpan, KqlType.Guid, KqlType.Dynamic, KqlType.Decimal],
            result.Schema.Columns.Select(c => c.Type));
        Assert.Equal(2, result.RowCount);
        Assert.All(result.Rows().First(), Assert.NotNull);
        var second = result.Rows().Last();
        Assert.Equal("", second[0]);
        Assert.All(second.Skip(1), Assert.Null);
    }

    [Fact]
    public void Integer_literals_fill_int_and_real_columns()
    {
        var result = Kusto.Run("datatable(i:int, r:real)[1, 2, -3, 4]");
        Assert.Equal([1, -3], result.Rows().Select(r => (int)r[0]!));
        Assert.Equal([2.0, 4.0], result.Rows().Select(r => (double)r[1]!));
    }

    [Fact]
    public void Rows_keep_their_order_and_a_trailing_comma_is_allowed() =>
        Assert.Equal(["a|1", "b|2"], Kusto.Run("datatable(s:string, n:long)['a', 1, 'b', 2,]").Text());

    [Fact]
    public void Empty_datatable_has_its_schema_and_no_rows()
    {
        var result = Kusto.Run("datatable(x:long, y:string)[]");
        Assert.Equal(["x", "y"], result.ColumnNames());
        Assert.Equal(0, result.RowCount);
    }

    [Fact]
    public void A_partial_row_is_an_error() => Assert.Contains("not a multiple", Kusto.Errors("datatable(a:long, b:long)[1, 2, 3]"));

    [Fact]
    public void Let_bound_datatables_are_tables()
    {
        var result = Kusto.Run("let T = datatable(n:long)[1, 2, 3]; T | where n > 1 | count");
        Assert.Equal(["2"], result.Text());
    }
}
