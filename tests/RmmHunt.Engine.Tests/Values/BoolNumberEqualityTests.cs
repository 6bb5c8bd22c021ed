namespace RmmHunt.Engine.Tests.Values;

/// <summary>
/// A bool equals a number as 0 or 1, as in the Defender docs' example
/// <c>where IsApplicable == 1 and IsCompliant == 0</c> (advanced-hunting-devicetvmsecureconfigurationassessment-table.md).
/// </summary>
public class BoolNumberEqualityTests
{
    [Fact]
    public void Bool_columns_compare_with_one_and_zero()
    {
        var table = Kusto.Table("T", "datatable(Name:string, IsCompliant:bool) ['a', true, 'b', false, 'c', bool(null)]");
        Assert.Equal(["a"], Kusto.Run("T | where IsCompliant == 1 | project Name", table).Text());
        Assert.Equal(["b"], Kusto.Run("T | where IsCompliant == 0 | project Name", table).Text());
        Assert.Equal(["a", "c"], Kusto.Run("T | where 0 != IsCompliant | project Name", table).Text());
    }

    [Fact]
    public void Ordering_a_bool_against_a_number_is_still_an_error()
    {
        var table = Kusto.Table("T", "datatable(IsCompliant:bool) [true]");
        Assert.Contains("cannot order", Kusto.Errors("T | where IsCompliant > 0", table));
    }
}
