using LanguageExt;
using ScoringKernel.Core.Evaluation;

namespace ScoringKernel.Core.Round;

/// <summary>
/// How a department's submission meets the set it gave before for the unit (an AIP-134 update mask over its figures).
/// </summary>
public abstract record DepartmentFiguresMask
{
    private DepartmentFiguresMask() { }

    /// <summary>No mask: the submission is the whole set; one that would drop figures already given is refused, naming them.</summary>
    public static readonly DepartmentFiguresMask WholeSet = new WholeSetMask();

    /// <summary>The mask <c>*</c>: the submission replaces the whole set, dropping what it does not give.</summary>
    public static readonly DepartmentFiguresMask Replace = new ReplaceMask();

    /// <summary>The figures named: each set to the value given, or removed when the submission does not give it; every other figure kept.</summary>
    public static DepartmentFiguresMask Of(Seq<FigureRef> figures) => new NamedMask(figures);

    public abstract R Match<R>(Func<R> wholeSet, Func<R> replace, Func<Seq<FigureRef>, R> named);

    private sealed record WholeSetMask : DepartmentFiguresMask
    {
        public override R Match<R>(Func<R> wholeSet, Func<R> replace, Func<Seq<FigureRef>, R> named) => wholeSet();
    }

    private sealed record ReplaceMask : DepartmentFiguresMask
    {
        public override R Match<R>(Func<R> wholeSet, Func<R> replace, Func<Seq<FigureRef>, R> named) => replace();
    }

    private sealed record NamedMask(Seq<FigureRef> Figures) : DepartmentFiguresMask
    {
        public override R Match<R>(Func<R> wholeSet, Func<R> replace, Func<Seq<FigureRef>, R> named) => named(Figures);
    }
}
