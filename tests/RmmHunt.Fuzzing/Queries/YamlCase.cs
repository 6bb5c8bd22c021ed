using FsCheck;
using FsCheck.Fluent;
using RmmHunt.Fuzzing.Mutation;

namespace RmmHunt.Fuzzing.Queries;

/// <summary>One fuzz case for the rule and exclusion loaders: a YAML seed (by index, wrapped) and byte edits to it.</summary>
public sealed record YamlCase(int Seed, Edit[] Edits)
{
    public override string ToString() => $"yaml seed {Seed}: " + string.Join(", ", Edits);

    public static Gen<YamlCase> Generator { get; } =
        from seed in Gen.Choose(0, int.MaxValue)
        from edits in EditGen.Edits
        select new YamlCase(seed, edits);
}
