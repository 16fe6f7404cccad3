using LanguageExt;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>Where a problem stands: steps from the request (or file) down to the value, outermost first. Empty: the request as a whole.</summary>
public sealed record Place(Seq<Step> Steps)
{
    public static readonly Place Whole = new(Seq<Step>());

    public static Place Of(params Step[] steps) => new(toSeq(steps).Strict());

    /// <summary>This place inside <paramref name="outer"/>: the outer steps first.</summary>
    public Place Under(params Step[] outer) => new((toSeq(outer) + Steps).Strict());

    public Place Then(params Step[] inner) => new((Steps + toSeq(inner)).Strict());

    public bool IsWhole => Steps.IsEmpty;

    /// <summary>Whether <paramref name="inner"/> is this place or lies inside it.</summary>
    public bool Contains(Place inner) => inner.Steps.Count >= Steps.Count && inner.Steps.Take(Steps.Count).SequenceEqual(Steps);

    public bool Equals(Place? other) => other is not null && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => Steps.Fold(17, (h, s) => h * 31 + s.GetHashCode());

    public override string ToString() => string.Join("/", Steps);
}
