using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>Whether the values of one field hold a needle of one <see cref="NeedleIndex"/> (the key test of <see cref="FieldNeedleFilter"/>).</summary>
internal sealed class FieldVerdictCache(NeedleIndex needles) : FieldValueCache<bool>
{
    /// <summary>Whether <paramref name="value"/> holds one of the needles.</summary>
    public bool Holds(ReadOnlySpan<byte> value) => Get(value);

    protected override bool Compute(ReadOnlySpan<byte> value) => needles.FindFirst(value).Position >= 0;
}
