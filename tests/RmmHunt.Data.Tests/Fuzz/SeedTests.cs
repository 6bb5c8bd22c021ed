using RmmHunt.Fuzzing.Readers;
using RmmHunt.Fuzzing.Seeds;

namespace RmmHunt.Data.Tests.Fuzz;

/// <summary>The fuzzers start from valid files: each is read whole, or the damage found later says nothing.</summary>
public class SeedTests
{
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_is_read_whole_when_undamaged(SeedKind kind, bool wide)
    {
        var outcome = ReadCheck.Run(new ReadCase(kind, wide, [], false, NamedTable: true));
        Assert.True(outcome.Passed, outcome.ToString());
        Assert.Equal(SeedFiles.Get(kind, wide).Rows, outcome.Read);
        Assert.Equal(0, outcome.Rejected);
    }

    public static TheoryData<SeedKind, bool> Seeds()
    {
        var data = new TheoryData<SeedKind, bool>();
        foreach (var kind in Enum.GetValues<SeedKind>())
        {
            data.Add(kind, true);
            data.Add(kind, false);
        }
        return data;
    }
}
