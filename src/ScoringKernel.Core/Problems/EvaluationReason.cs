using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>Why the sources of an evaluation cannot be resolved, and what the evaluation warns of.</summary>
public abstract record EvaluationReason : Reason
{
    private EvaluationReason(string code) : base(code) { }

    /// <summary>The values: the figure, this source, its value, the other source, its value.</summary>
    public sealed record SourcesDisagree(FigureRef Figure, Source Source, decimal Value, Source OtherSource, decimal OtherValue, Place OtherAt) : EvaluationReason(WireCode)
    {
        public const string WireCode = "SOURCES_DISAGREE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfFigureRef(Figure), new Arg.OfSource(Source), new Arg.Number(Value), new Arg.OfSource(OtherSource), new Arg.Number(OtherValue), new Arg.OfPlace(OtherAt) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. The values: the department, the figure, the departments Attachment 1 names, the indicator (or none for funds misuse).</summary>
    public sealed record DepartmentNotProvider(Department Department, FigureRef Figure, Seq<Department> Providers) : EvaluationReason(WireCode)
    {
        public const string WireCode = "DEPARTMENT_NOT_PROVIDER";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfDepartment(Department), new Arg.OfFigureRef(Figure), new Arg.Departments(Providers) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Unit</c>: the unit.</summary>
    public sealed record MisusedYetCompliant(UnitCode Unit) : EvaluationReason(WireCode)
    {
        public const string WireCode = "FUNDS_MISUSED_YET_COMPLIANT";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Unit</c>: the unit; <c>Delivered</c>: funds delivered; <c>Pledged</c>: funds pledged.</summary>
    public sealed record DeliveredAbovePledged(UnitCode Unit, decimal Delivered, decimal Pledged) : EvaluationReason(WireCode)
    {
        public const string WireCode = "FUNDS_DELIVERED_ABOVE_PLEDGED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit), new Arg.Number(Delivered), new Arg.Number(Pledged) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the submissions given; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManySubmissions(decimal Given, decimal Most) : EvaluationReason(WireCode)
    {
        public const string WireCode = "SUBMISSIONS_TOO_MANY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Given), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="EvaluationReason"/>.</summary>
public interface IEvaluationReasonVisitor<out T>
{
    T Visit(EvaluationReason.SourcesDisagree reason);
    T Visit(EvaluationReason.DepartmentNotProvider reason);
    T Visit(EvaluationReason.MisusedYetCompliant reason);
    T Visit(EvaluationReason.DeliveredAbovePledged reason);
    T Visit(EvaluationReason.TooManySubmissions reason);
}
