using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Values;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Lexing;

public class TypedLiteralTests
{
    [Theory]
    [InlineData("datetime(2024-10-07)", "2024-10-07T00:00:00.0000000Z")]
    [InlineData("datetime(2024-10-07 13:14:15)", "2024-10-07T13:14:15.0000000Z")]
    [InlineData("datetime(2024-10-07T13:14:15.1234567Z)", "2024-10-07T13:14:15.1234567Z")]
    [InlineData("datetime(2015-12-31 23:59:59.9)", "2015-12-31T23:59:59.9000000Z")]
    [InlineData("datetime(2024-10-07T15:14:15+02:00)", "2024-10-07T13:14:15.0000000Z")]
    [InlineData("date(2024-01-02)", "2024-01-02T00:00:00.0000000Z")]
    public void Datetime_literals_are_utc(string literal, string expected) =>
        Assert.Equal(expected, ScalarFormat.DateTime((DateTime)LiteralValue(literal)!));

    [Fact]
    public void Guid_literal() =>
        Assert.Equal(Guid.Parse("74be27de-1e4e-49d9-b579-fe0b331d3642"), LiteralValue("guid(74be27de-1e4e-49d9-b579-fe0b331d3642)"));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("bool(true)", true)]
    public void Bool_literals(string literal, bool expected) => Assert.Equal(expected, LiteralValue(literal));

    [Theory]
    [InlineData("datetime(null)", KqlType.DateTime)]
    [InlineData("timespan(null)", KqlType.TimeSpan)]
    [InlineData("guid(null)", KqlType.Guid)]
    [InlineData("int(null)", KqlType.Int)]
    [InlineData("long(null)", KqlType.Long)]
    [InlineData("real(null)", KqlType.Real)]
    [InlineData("double(null)", KqlType.Real)]
    [InlineData("bool(null)", KqlType.Bool)]
    [InlineData("decimal(null)", KqlType.Decimal)]
    public void Typed_nulls_keep_their_type(string literal, KqlType type)
    {
        var value = Assert.IsType<LiteralExpr>(Expression(literal));
        Assert.Equal(type, value.Type);
        Assert.Null(value.Value);
    }

    [Theory]
    [InlineData("int(5)", KqlType.Int, 5)]
    [InlineData("long(-5)", KqlType.Long, -5L)]
    [InlineData("real(2)", KqlType.Real, 2.0)]
    public void Typed_number_literals(string literal, KqlType type, object expected)
    {
        var value = Assert.IsType<LiteralExpr>(Expression(literal));
        Assert.Equal(type, value.Type);
        Assert.Equal(expected, value.Value);
    }

    [Fact]
    public void Real_special_values()
    {
        Assert.Equal(double.NaN, LiteralValue("real(nan)"));
        Assert.Equal(double.PositiveInfinity, LiteralValue("real(+inf)"));
        Assert.Equal(double.NegativeInfinity, LiteralValue("real(-inf)"));
    }

    [Fact]
    public void Dynamic_array_holds_json_and_typed_values()
    {
        var literal = Assert.IsType<DynamicLiteralExpr>(Expression("dynamic([1, 'a', {\"b\": null}, datetime(2024-01-01), 1.5, true, -3, 2h])"));
        var array = Assert.IsType<DynArray>(literal.Value);
        Assert.Equal(8, array.Count);
        Assert.Equal(1L, array[0]);
        Assert.Equal("a", array[1]);
        Assert.True(Assert.IsType<DynBag>(array[2]).TryGetValue("b", out var b) && b is null);
        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), array[3]);
        Assert.Equal(1.5, array[4]);
        Assert.Equal(true, array[5]);
        Assert.Equal(-3L, array[6]);
        Assert.Equal(TimeSpan.FromHours(2), array[7]);
    }

    [Fact]
    public void Dynamic_bag_and_null()
    {
        var bag = Assert.IsType<DynBag>(Assert.IsType<DynamicLiteralExpr>(Expression("dynamic({\"a\": {\"b\": [1, 2]}, 'c': 'd'})")).Value);
        Assert.Equal("{\"a\":{\"b\":[1,2]},\"c\":\"d\"}", DynJson.Serialize(bag));
        Assert.Null(Assert.IsType<DynamicLiteralExpr>(Expression("dynamic(null)")).Value);
    }

    [Theory]
    [InlineData("datetime(2024-13-45)")]
    [InlineData("guid(not-a-guid)")]
    [InlineData("timespan(abc)")]
    public void Malformed_typed_literals_are_errors(string literal)
    {
        var error = Assert.Single(Errors("print x = " + literal));
        Assert.Equal(RmmHunt.Kql.Diagnostics.DiagnosticCodes.InvalidLiteral, error.Code);
        Assert.Equal(10, error.Span.Start);
    }
}
