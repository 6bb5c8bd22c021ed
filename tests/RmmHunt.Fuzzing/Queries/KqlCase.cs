using FsCheck;
using FsCheck.Fluent;
using RmmHunt.Fuzzing.Mutation;

namespace RmmHunt.Fuzzing.Queries;

/// <summary>One fuzz case for the query compiler: a corpus query (by index, wrapped) and the edits to it.</summary>
public sealed record KqlCase(int Query, KqlEdit[] Edits)
{
    public string Text(IReadOnlyList<string> corpus) => KqlMutator.Apply(corpus[(int)((uint)Query % (uint)corpus.Count)], Edits);

    public override string ToString() => $"corpus query {Query}: " + string.Join(", ", Edits);

    public static Gen<KqlCase> Generator { get; } =
        from query in Gen.Choose(0, int.MaxValue)
        from edits in KqlEditGen.Edits
        select new KqlCase(query, edits);

    public static Arbitrary<KqlCase> Arbitrary { get; } =
        Arb.From(Generator, c => EditGen.ShrinkArray(c.Edits).Select(e => c with { Edits = e }));
}
