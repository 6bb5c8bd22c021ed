namespace RmmHunt.Engine.Tests;

/// <summary>evaluate bag_unpack per https://learn.microsoft.com/kusto/query/bag-unpack-plugin.</summary>
public class BagUnpackTests
{
    [Fact]
    public void Each_property_becomes_a_typed_column_in_name_order()
    {
        var result = Kusto.Run("""
            datatable(d:dynamic) [dynamic({"Name": "John", "Age": 20}), dynamic({"Name": "Dave", "Age": 40}), dynamic({"Name": "Jasmine", "Age": 30})]
            | evaluate bag_unpack(d)
            | sort by Age asc
            """);
        Assert.Equal(["Age", "Name"], result.ColumnNames());
        Assert.Equal(Kql.Symbols.KqlType.Long, result.Schema.Columns[0].Type);
        Assert.Equal(["20|John", "30|Jasmine", "40|Dave"], result.Text());
    }

    [Fact]
    public void Other_columns_stay_missing_properties_are_null_and_a_prefix_applies()
    {
        var rows = Kusto.Run("""
            datatable(Id:long, Extra:dynamic) [1, dynamic({"a": "x"}), 2, dynamic({"b": 5})]
            | evaluate bag_unpack(Extra, 'AF_')
            | sort by Id asc
            """);
        Assert.Equal(["Id", "AF_a", "AF_b"], rows.ColumnNames());
        Assert.Equal(["1|x|", "2||5"], rows.Text());
    }

    [Fact]
    public void Without_data_the_query_cannot_be_bound_and_says_why()
    {
        var compilation = Kql.KqlCompilation.Compile("print d = dynamic({'a': 1}) | evaluate bag_unpack(d)", new Kql.Symbols.SchemaSet([]));
        Assert.Contains(compilation.Diagnostics, d => d.Message.Contains("makes its columns from the data"));
    }
}
