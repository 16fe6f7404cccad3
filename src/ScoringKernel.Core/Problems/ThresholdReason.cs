using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>Why a threshold question is refused rather than answered approximately.</summary>
public abstract record ThresholdReason : Reason
{
    private ThresholdReason(string code) : base(code) { }

    /// <summary>The unit policy is a choice of three, not a number; compare the three scenarios instead.</summary>
    public sealed record PolicyNotNumeric() : ThresholdReason(WireCode)
    {
        public const string WireCode = "THRESHOLD_UNIT_POLICY";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Figure</c>: the figure. The figure has no better direction the regulation fixes, so its scores need not move one way and the exact analysis does not hold.</summary>
    public sealed record FigureWithoutDirection(FigureField Figure) : ThresholdReason(WireCode)
    {
        public const string WireCode = "THRESHOLD_FIGURE_WITHOUT_DIRECTION";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfFigure(Figure) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>From</c>: the from; <c>To</c>: the to.</summary>
    public sealed record RangeEmpty(decimal From, decimal To) : ThresholdReason(WireCode)
    {
        public const string WireCode = "THRESHOLD_RANGE_EMPTY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(From), new Arg.Number(To) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Value</c>: the value; <c>Grid</c>: the grid the parameter's values lie on.</summary>
    public sealed record OffGrid(decimal Value, decimal Grid) : ThresholdReason(WireCode)
    {
        public const string WireCode = "THRESHOLD_OFF_GRID";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Value), new Arg.Number(Grid) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Needed</c>: the score evaluations the question needs at least; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManyEvaluations(decimal Needed, decimal Most) : ThresholdReason(WireCode)
    {
        public const string WireCode = "THRESHOLD_TOO_MANY_EVALUATIONS";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Needed), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="ThresholdReason"/>.</summary>
public interface IThresholdReasonVisitor<out T>
{
    T Visit(ThresholdReason.PolicyNotNumeric reason);
    T Visit(ThresholdReason.FigureWithoutDirection reason);
    T Visit(ThresholdReason.RangeEmpty reason);
    T Visit(ThresholdReason.OffGrid reason);
    T Visit(ThresholdReason.TooManyEvaluations reason);
}
