using FsCheck;
using FsCheck.Fluent;

namespace RmmHunt.Fuzzing.Mutation;

/// <summary>FsCheck generators of edits: uniform positions over the whole file, a few edits per case, shrinking by dropping edits.</summary>
public static class EditGen
{
    public static Gen<Edit> Edit { get; } =
        from kind in Gen.Frequency(
            (6, Gen.Constant(EditKind.BitFlip)), (2, Gen.Constant(EditKind.Truncate)), (5, Gen.Constant(EditKind.InsertQuote)),
            (5, Gen.Constant(EditKind.InsertNewline)), (5, Gen.Constant(EditKind.InvalidUtf8)), (1, Gen.Constant(EditKind.HugeLine)),
            (5, Gen.Constant(EditKind.DeleteBytes)), (4, Gen.Constant(EditKind.DuplicateRange)), (6, Gen.Constant(EditKind.InsertStructural)),
            (5, Gen.Constant(EditKind.ReplaceByte)))
        from position in Gen.Choose(0, Mutation.Edit.PositionScale)
        from size in Gen.Choose(0, int.MaxValue)
        from variant in Gen.Choose(0, int.MaxValue)
        select new Edit(kind, position, size, variant);

    /// <summary>One to five edits.</summary>
    public static Gen<Edit[]> Edits { get; } = Gen.Choose(1, 5).SelectMany(n => Edit.ArrayOf(n));

    /// <summary>The arrays with one element left out each: FsCheck keeps the smallest that still fails.</summary>
    public static IEnumerable<T[]> ShrinkArray<T>(T[] items) =>
        Enumerable.Range(0, items.Length).Select(skip => items.Where((_, i) => i != skip).ToArray());
}
