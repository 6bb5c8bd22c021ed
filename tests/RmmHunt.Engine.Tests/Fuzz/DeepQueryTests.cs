using System.Text;

namespace RmmHunt.Engine.Tests.Fuzz;

/// <summary>Deep but legal queries run (the planner and compiler recurse over them) instead of overflowing the stack.</summary>
public class DeepQueryTests
{
    [Fact]
    public void A_long_chain_of_scalar_lets_runs()
    {
        var text = new StringBuilder("let a0 = 1;\n");
        for (int i = 1; i <= 900; i++) text.Append($"let a{i} = a{i - 1} + 1;\n");
        text.Append("datatable(x:long)[1, 2] | summarize c = count() + a900 | extend d = c + a900");
        Assert.Equal(["903|1804"], Kusto.Run(text.ToString()).Text());
    }

    [Fact]
    public void A_long_chain_of_tabular_lets_runs()
    {
        var text = new StringBuilder("let T0 = datatable(x:long)[1, 2, 3];\n");
        for (int i = 1; i <= 900; i++) text.Append($"let T{i} = T{i - 1} | where x > {i % 2};\n");
        text.Append("T900 | count");
        Assert.Equal(["2"], Kusto.Run(text.ToString()).Text());
    }

    [Fact]
    public void A_long_or_chain_runs()
    {
        var terms = string.Join(" or ", Enumerable.Range(0, 400).Select(i => $"s has 'tool{i}'"));
        var result = Kusto.Run($"datatable(s:string)['run tool399 now', 'tool400', 'x'] | where {terms}");
        Assert.Equal(["run tool399 now"], result.Text());
    }
}
