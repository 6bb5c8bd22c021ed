using FsCheck;
using FsCheck.Fluent;
using RmmHunt.Fuzzing.Mutation;
using RmmHunt.Fuzzing.Seeds;

namespace RmmHunt.Fuzzing.Readers;

/// <summary>
/// One fuzz case for the readers: a seed file, the edits that damage it (inside the gzip stream's data
/// or on the compressed bytes), and whether <c>--data</c> names the table or the reader must tell it.
/// </summary>
public sealed record ReadCase(SeedKind Kind, bool Wide, Edit[] Edits, bool EditInsideGzip, bool NamedTable)
{
    public override string ToString() =>
        $"{Kind} ({(Wide ? "wide" : "narrow")}{(NamedTable ? ", table named" : ", table inferred")}{(EditInsideGzip && SeedFiles.Get(Kind, Wide).IsGzip ? ", edits inside gzip" : "")}): "
        + (Edits.Length == 0 ? "unchanged" : string.Join(", ", Edits));

    public static Gen<ReadCase> Generator(ReadTarget target) =>
        from kind in Gen.Elements(SeedKinds.Of(target).ToArray())
        from wide in Gen.Elements(true, false)
        from edits in Gen.Frequency((19, EditGen.Edits), (1, Gen.Constant(Array.Empty<Edit>())))
        from inside in Gen.Elements(true, false)
        // Narrow seeds have too few columns to tell their table by: they are always named.
        from named in wide ? Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false))) : Gen.Constant(true)
        select new ReadCase(kind, wide, edits, inside, named);

    /// <summary>Cases for FsCheck properties: shrinking drops edits one by one.</summary>
    public static Arbitrary<ReadCase> Arbitrary(ReadTarget target) =>
        Arb.From(Generator(target), c => EditGen.ShrinkArray(c.Edits).Select(e => c with { Edits = e }));

    /// <summary>The seed with the edits applied: the bytes of the file to read.</summary>
    public byte[] Bytes(MutatorOptions? options = null)
    {
        var seed = SeedFiles.Get(Kind, Wide);
        if (seed.IsGzip && EditInsideGzip) return SeedFiles.Gzip(ByteMutator.Apply(seed.Uncompressed!, Edits, options));
        return ByteMutator.Apply(seed.Bytes, Edits, options);
    }
}
