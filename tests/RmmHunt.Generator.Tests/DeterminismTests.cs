using RmmHunt.Generator.Tests.Support;

namespace RmmHunt.Generator.Tests;

public class DeterminismTests
{
    private static readonly GeneratorOptions Options = new() { Rows = 5_000, Seed = 42, Devices = 30 };

    [Fact]
    public void The_same_seed_and_parameters_give_the_same_bytes()
    {
        var (first, _) = Generated.Run(Options);
        var (second, _) = Generated.Run(Options);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_a_different_file()
    {
        var (first, _) = Generated.Run(Options);
        var (other, _) = Generated.Run(Options with { Seed = 43 });
        Assert.NotEqual(first, other);
    }
}
