using LanguageExt;
using ScoringKernel.Core.Evaluation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Round;

/// <summary>
/// A department's set of figures for a unit and a submission to it under an update mask (AIP-134): named and given →
/// set; named and not given → removed; not named → kept. Without a mask, or with <c>*</c>, the submission is the set.
/// </summary>
public static class DepartmentSet
{
    /// <summary>The set after the submission: kept figures stay where they were, new ones follow in the order given.</summary>
    public static Seq<FigureValue> After(Seq<FigureValue> before, Seq<FigureValue> given, DepartmentFiguresMask mask) =>
        mask.Match(
            () => given,
            () => given,
            named => before.Choose(v => named.Exists(f => f == v.Figure) ? given.Find(g => g.Figure == v.Figure) : Some(v))
                .Concat(given.Filter(g => named.Exists(f => f == g.Figure) && !before.Exists(v => v.Figure == g.Figure)))
                .ToSeq().Strict());

    /// <summary>The same figures with the same values, in any order.</summary>
    public static bool Same(Seq<FigureValue> a, Seq<FigureValue> b) =>
        a.Count == b.Count && b.ForAll(x => a.Exists(y => y.Figure == x.Figure && y.Value == x.Value));

    /// <summary>Each figure the submission gives more than once, in the order first given.</summary>
    public static Seq<FigureRef> GivenTwice(Seq<FigureValue> given) =>
        given.GroupBy(v => v.Figure).Filter(g => g.Count() > 1).Map(g => g.Key).ToSeq().Strict();

    /// <summary>The figures given that the mask does not name (none without a mask or with <c>*</c>).</summary>
    public static Seq<FigureRef> NotInMask(Seq<FigureValue> given, DepartmentFiguresMask mask) =>
        mask.Match(
            () => Seq<FigureRef>(),
            () => Seq<FigureRef>(),
            named => given.Filter(g => !named.Exists(f => f == g.Figure)).Map(g => g.Figure).Strict());

    /// <summary>Without a mask: the figures already given that the submission leaves out, which taking it would remove.</summary>
    public static Seq<FigureRef> Removed(Seq<FigureValue> before, Seq<FigureValue> given, DepartmentFiguresMask mask) =>
        mask.Match(
            () => before.Filter(b => !given.Exists(g => g.Figure == b.Figure)).Map(b => b.Figure).Strict(),
            () => Seq<FigureRef>(),
            _ => Seq<FigureRef>());
}
