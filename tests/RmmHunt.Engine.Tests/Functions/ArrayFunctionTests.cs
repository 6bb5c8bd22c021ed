namespace RmmHunt.Engine.Tests.Functions;

/// <summary>Functions of dynamic arrays (https://learn.microsoft.com/kusto/query/NAME-function).</summary>
public class ArrayFunctionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory] // array-concat-function, array-slice-function, array-reverse-function
    [InlineData("array_concat(dynamic([1,2]), dynamic(['a']), dynamic([]))", "[1,2,\"a\"]")]
    [InlineData("array_concat(dynamic([1]), dynamic({'a':1}))", "null")]
    [InlineData("array_slice(dynamic([1,2,3]), 1, 2)", "[2,3]")]
    [InlineData("array_slice(dynamic([1,2,3,4,5]), 2, -1)", "[3,4,5]")]
    [InlineData("array_slice(dynamic([1,2,3,4,5]), -3, -2)", "[3,4]")]
    [InlineData("array_slice(dynamic([1,2,3]), 10, 12)", "[]")]
    [InlineData("array_slice(dynamic('x'), 0, 1)", "null")]
    [InlineData("array_reverse(dynamic(['this', 'is', 'an', 'example']))", "[\"example\",\"an\",\"is\",\"this\"]")]
    public void Concat_slice_reverse(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // array-index-of-function
    [InlineData("array_index_of(dynamic(['this', 'is', 'an', 'example', 'an', 'example']), 'example')", "3")]
    [InlineData("array_index_of(dynamic([1, 2, 3]), 4)", "-1")]
    [InlineData("array_index_of(dynamic(['a', 'b', 'a', 'b']), 'a', 1)", "2")]
    [InlineData("array_index_of(dynamic(['a', 'b', 'a', 'b']), 'b', 0, -1, 2)", "3")]
    [InlineData("array_index_of(dynamic(['a', 'b']), 'b', 0, 1)", "-1")]
    [InlineData("array_index_of(dynamic(['a', 'b']), 'b', 0, -1, -1)", "null")] // docs: null for occurrence < 0
    [InlineData("array_index_of(dynamic(['a', 'b']), 'b', 0, -2)", "null")] // docs: null for length < -1
    [InlineData("array_index_of(dynamic('not an array'), 'a')", "null")]
    public void Index_of(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // array-rotate-*, array-shift-*, array-split-function, array-sum-function
    [InlineData("array_rotate_left(dynamic([1,2,3,4,5]), 2)", "[3,4,5,1,2]")]
    [InlineData("array_rotate_right(dynamic([1,2,3,4,5]), 2)", "[4,5,1,2,3]")]
    [InlineData("array_rotate_left(dynamic([1,2,3,4,5]), -2)", "[4,5,1,2,3]")]
    [InlineData("array_shift_left(dynamic([1,2,3,4,5]), 2)", "[3,4,5,null,null]")]
    [InlineData("array_shift_left(dynamic([1,2,3,4,5]), 2, -1)", "[3,4,5,-1,-1]")]
    [InlineData("array_shift_right(dynamic([1,2,3,4,5]), 2)", "[null,null,1,2,3]")]
    [InlineData("array_split(dynamic([1,2,3,4,5]), 2)", "[[1,2],[3,4,5]]")]
    [InlineData("array_split(dynamic([1,2,3,4,5]), dynamic([1,3]))", "[[1],[2,3],[4,5]]")]
    [InlineData("array_sum(dynamic([2, 5, 3]))", "10")]
    [InlineData("array_sum(dynamic([2, 'x']))", "null")]
    public void Rotate_shift_split_sum(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // array-iff-function
    [InlineData("array_iff(dynamic([true, false, true]), dynamic([1, 2, 3]), dynamic([4, 5, 6]))", "[1,5,3]")]
    [InlineData("array_iff(dynamic([true, false, true]), dynamic([1, 2, 3]), 0)", "[1,0,3]")]
    [InlineData("array_iff(dynamic([true, false, true, false]), dynamic([1, 2, 3, 4]), dynamic([4, 5, 6]))", "[1,5,3,null]")]
    [InlineData("array_iff(dynamic([1, 0, 'x']), 7, 8)", "[7,8,null]")]
    public void Array_iff(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // array-sort-asc-function, array-sort-desc-function
    [InlineData("array_sort_asc(dynamic([null,'blue','yellow','green',null]))", "[\"blue\",\"green\",\"yellow\",null,null]")]
    [InlineData("array_sort_asc(dynamic([null,'blue','yellow','green',null]), false)", "[null,null,\"blue\",\"green\",\"yellow\"]")]
    [InlineData("array_sort_desc(dynamic([null,'blue','yellow','green',null]))", "[\"yellow\",\"green\",\"blue\",null,null]")]
    [InlineData("array_sort_asc(dynamic(['b', 3, 'a', 1]))", "[1,3,\"a\",\"b\"]")] // numbers before strings
    [InlineData("strcat_array(array_sort_asc(split('John,Paul,George,Ringo', ',')), ',')", "George,John,Paul,Ringo")]
    public void Sort(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Sorting_several_arrays_together_is_not_supported() =>
        Assert.Contains("not supported", Kusto.Errors("print array_sort_asc(dynamic([1]), dynamic([2]))"));

    [Fact] // Kusto.Language names the column <argument>_sorted
    public void Sorted_array_column_name() =>
        Assert.Equal(["a", "a_sorted"], Kusto.Run("print a = dynamic([2, 1]) | extend array_sort_asc(a)").ColumnNames());

    [Theory] // range-function, repeat-function
    [InlineData("range(1, 8, 3)", "[1,4,7]")]
    [InlineData("range(1, 3)", "[1,2,3]")]
    [InlineData("range(5, 1, -2)", "[5,3,1]")]
    [InlineData("range(1, 5, -1)", "[]")]
    [InlineData("range(datetime(2024-01-01), datetime(2024-01-03), 1d)", "[\"2024-01-01T00:00:00.0000000Z\",\"2024-01-02T00:00:00.0000000Z\",\"2024-01-03T00:00:00.0000000Z\"]")]
    [InlineData("range(1h, 3h, 1h)", "[\"01:00:00\",\"02:00:00\",\"03:00:00\"]")]
    [InlineData("range(0.5, 1.5, 0.5)", "[0.5,1,1.5]")]
    [InlineData("repeat(1, 3)", "[1,1,1]")]
    [InlineData("repeat('a', 0)", "[]")]
    public void Range_and_repeat(string expression, string expected) => Assert.Equal(expected, Eval(expression));
}
