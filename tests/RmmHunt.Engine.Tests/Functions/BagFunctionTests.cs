namespace RmmHunt.Engine.Tests.Functions;

/// <summary>Property bags, sets, zip and treepath (https://learn.microsoft.com/kusto/query/NAME-function).</summary>
public class BagFunctionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory] // bag-pack-function, bag-keys-function, bag-merge-function
    [InlineData("bag_pack('Level', 'Information', 'ProcessID', 1234, 'Data', bag_pack('url', 'www.bing.com'))", "{\"Level\":\"Information\",\"ProcessID\":1234,\"Data\":{\"url\":\"www.bing.com\"}}")]
    [InlineData("pack('a', 1)", "{\"a\":1}")]
    [InlineData("pack_dictionary('a', '[1]')", "{\"a\":\"[1]\"}")] // a string value is not parsed as JSON
    [InlineData("bag_pack('a', int(null))", "{\"a\":null}")]
    [InlineData("bag_keys(dynamic({'a':'b', 'c':123}))", "[\"a\",\"c\"]")]
    [InlineData("bag_keys(dynamic([1]))", "null")]
    [InlineData("bag_merge(dynamic({'A1':12, 'B1':2, 'C1':3}), dynamic({'A2':81, 'B2':82, 'A1':1}))", "{\"A1\":12,\"B1\":2,\"C1\":3,\"A2\":81,\"B2\":82}")]
    public void Pack_keys_merge(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // bag-remove-keys-function, bag-has-key-function, bag-set-key-function
    [InlineData("bag_remove_keys(dynamic({'key1': 123, 'key2': 'abc'}), dynamic(['key1']))", "{\"key2\":\"abc\"}")]
    [InlineData("bag_remove_keys(dynamic({'A':'a', 'B':{'C':'c', 'D':'d'}}), dynamic(['$.B.C']))", "{\"A\":\"a\",\"B\":{\"D\":\"d\"}}")]
    [InlineData("bag_remove_keys(dynamic({'A':'a', 'B':{'C':'c'}}), dynamic([\"$['B']['C']\"]))", "{\"A\":\"a\",\"B\":{}}")]
    [InlineData("bag_has_key(dynamic({'a':1, 'b':{'c':2}}), 'a')", "true")]
    [InlineData("bag_has_key(dynamic({'a':1, 'b':{'c':2}}), '$.b.c')", "true")]
    [InlineData("bag_has_key(dynamic({'a':null}), 'a')", "true")]
    [InlineData("bag_has_key(dynamic({'a':1}), 'z')", "false")]
    [InlineData("bag_set_key(dynamic({'a':1}), 'b', 2)", "{\"a\":1,\"b\":2}")]
    [InlineData("bag_set_key(dynamic({'a':1}), '$.c.d', 'x')", "{\"a\":1,\"c\":{\"d\":\"x\"}}")]
    public void Keys_and_paths(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // set-union-function, set-intersect-function, set-difference-function, set-has-element-function
    [InlineData("set_union(dynamic([1, 2, 3]), dynamic([1, 2, 3, 4, 5]), dynamic([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))", "[1,2,3,4,5,6,7,8,9,10]")]
    [InlineData("set_intersect(dynamic([1, 2, 3]), dynamic([1, 2, 3, 4, 5]), dynamic([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))", "[1,2,3]")]
    [InlineData("set_difference(dynamic([1, 2, 3]), dynamic([1, 2, 3, 4, 5]))", "[]")]
    [InlineData("set_difference(dynamic([1, 2, 3, 4, 2]), dynamic([2, 3]))", "[1,4]")]
    [InlineData("set_has_element(dynamic(['this', 'is', 'an', 'example']), 'example')", "true")]
    [InlineData("set_has_element(dynamic(['this', 'is', 'an', 'example']), 'test')", "false")]
    [InlineData("set_has_element(dynamic([1, 2]), 2)", "true")]
    [InlineData("set_union(dynamic([1]), dynamic('x'))", "null")]
    public void Sets(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // zip-function, treepath-function, dynamic-to-json-function
    [InlineData("zip(dynamic([1,3,5]), dynamic([2,4,6]))", "[[1,2],[3,4],[5,6]]")]
    [InlineData("zip(dynamic(['A',1,1.5]), dynamic([{}, 'B']))", "[[\"A\",{}],[1,\"B\"],[1.5,null]]")]
    [InlineData("treepath(parse_json('{\"a\":\"b\", \"c\":123}'))", "[\"['a']\",\"['c']\"]")]
    [InlineData("treepath(parse_json('{\"prop1\":[1,2,3,4], \"prop2\":\"value2\"}'))", "[\"['prop1']\",\"['prop1'][0]\",\"['prop2']\"]")]
    [InlineData("treepath(parse_json('{\"listProperty\":[100,200,300,\"abcde\",{\"x\":\"y\"}]}'))", "[\"['listProperty']\",\"['listProperty'][0]\",\"['listProperty'][0]['x']\"]")]
    [InlineData("dynamic_to_json(dynamic({'b':1, 'a':{'d':2, 'c':[3]}}))", "{\"a\":{\"c\":[3],\"d\":2},\"b\":1}")]
    [InlineData("dynamic_to_json(dynamic(5))", "5")]
    public void Zip_treepath_json(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact] // jaccard-index-function
    public void Jaccard_index() => Assert.Equal(0.75, (double)Kusto.Scalar("jaccard_index(dynamic([1, 2, 3]), dynamic([1, 2, 3, 4]))")!);

    [Theory] // bag-zip
    [InlineData("bag_zip(dynamic(['a', 'b', 'c']), dynamic([1, '2', 3.4]))", "{\"a\":1,\"b\":\"2\",\"c\":3.4}")]
    [InlineData("bag_zip(dynamic(['a', 'b', 'c']), dynamic([1, '2']))", "{\"a\":1,\"b\":\"2\",\"c\":null}")]
    [InlineData("bag_zip(dynamic(['a', 'b']), dynamic([1, '2', 2.5]))", "{\"a\":1,\"b\":\"2\"}")]
    [InlineData("bag_zip(dynamic(['a', 8, 'b']), dynamic([1, '2', 2.5]))", "{\"a\":1,\"b\":2.5}")]
    [InlineData("bag_zip(dynamic(['a', 8, 'b']), dynamic(1))", "{\"a\":null,\"b\":null}")]
    [InlineData("bag_zip(dynamic('a'), dynamic([1, '2', 2.5]))", "null")]
    public void Bag_zip(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact] // bag-pack-columns-function
    public void Bag_pack_columns_keys_values_by_column_name()
    {
        var result = Kusto.Run("datatable(Id:string, Value:string, Other:long)['A', 'val_a', 1] | project Packed = bag_pack_columns(Id, Value)");
        Assert.Equal(["{\"Id\":\"A\",\"Value\":\"val_a\"}"], result.Text());
    }
}
