using FsCheck;
using FsCheck.Fluent;

namespace RmmHunt.Fuzzing.Mutation;

/// <summary>FsCheck generators of query edits; half of them keep the syntax valid so that the binder gets to work.</summary>
public static class KqlEditGen
{
    public static Gen<KqlEdit> Edit { get; } =
        from kind in Gen.Frequency(
            (3, Gen.Constant(KqlEditKind.DeleteChar)), (3, Gen.Constant(KqlEditKind.InsertFragment)),
            (2, Gen.Constant(KqlEditKind.DuplicateRange)), (1, Gen.Constant(KqlEditKind.Truncate)),
            (2, Gen.Constant(KqlEditKind.ReplaceWithFragment)), (6, Gen.Constant(KqlEditKind.SwapIdentifier)),
            (4, Gen.Constant(KqlEditKind.SwapLiteral)))
        from position in Gen.Choose(0, Mutation.Edit.PositionScale)
        from size in Gen.Choose(0, int.MaxValue)
        from variant in Gen.Choose(0, int.MaxValue)
        select new KqlEdit(kind, position, size, variant);

    public static Gen<KqlEdit[]> Edits { get; } = Gen.Choose(1, 4).SelectMany(n => Edit.ArrayOf(n));
}
