using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>Why a scenario, a comparison or a sweep is refused.</summary>
public abstract record ScenarioReason : Reason
{
    private ScenarioReason(string code) : base(code) { }

    /// <summary><c>Given</c>: the overrides given; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManyOverrides(decimal Given, decimal Most) : ScenarioReason(WireCode)
    {
        public const string WireCode = "OVERRIDES_TOO_MANY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Given), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Path</c>: the parameter path (code).</summary>
    public sealed record UnknownParameter(string Path) : ScenarioReason(WireCode)
    {
        public const string WireCode = "PARAMETER_UNKNOWN";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Path) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Path</c>: the parameter path (code); <c>Target</c>: the target column (code) that governs it.</summary>
    public sealed record ParameterGovernedByTable(string Path, TargetField Target) : ScenarioReason(WireCode)
    {
        public const string WireCode = "PARAMETER_GOVERNED_BY_TABLE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Path), new Arg.OfTarget(Target) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Kind</c>: the unit kind (code).</summary>
    public sealed record NoUnitOfKind(UnitKind Kind) : ScenarioReason(WireCode)
    {
        public const string WireCode = "SCOPE_NO_UNIT_OF_KIND";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfKind(Kind) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Group</c>: the group (code).</summary>
    public sealed record NoUnitInGroup(AssessmentGroup Group) : ScenarioReason(WireCode)
    {
        public const string WireCode = "SCOPE_NO_UNIT_IN_GROUP";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfGroup(Group) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A unit policy has no numeric value to sweep.</summary>
    public sealed record SweepPolicy() : ScenarioReason(WireCode)
    {
        public const string WireCode = "SWEEP_UNIT_POLICY";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Start</c>: the start; <c>Stop</c>: the stop.</summary>
    public sealed record SweepStopBelowStart(decimal Start, decimal Stop) : ScenarioReason(WireCode)
    {
        public const string WireCode = "SWEEP_STOP_BELOW_START";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Start), new Arg.Number(Stop) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Points</c>: the points the range gives; <c>Most</c>: the most allowed.</summary>
    public sealed record SweepTooManyPoints(decimal Points, decimal Most) : ScenarioReason(WireCode)
    {
        public const string WireCode = "SWEEP_TOO_MANY_POINTS";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Points), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the scenarios given; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManyScenarios(decimal Given, decimal Most) : ScenarioReason(WireCode)
    {
        public const string WireCode = "SCENARIOS_TOO_MANY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Given), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="ScenarioReason"/>.</summary>
public interface IScenarioReasonVisitor<out T>
{
    T Visit(ScenarioReason.TooManyOverrides reason);
    T Visit(ScenarioReason.UnknownParameter reason);
    T Visit(ScenarioReason.ParameterGovernedByTable reason);
    T Visit(ScenarioReason.NoUnitOfKind reason);
    T Visit(ScenarioReason.NoUnitInGroup reason);
    T Visit(ScenarioReason.SweepPolicy reason);
    T Visit(ScenarioReason.SweepStopBelowStart reason);
    T Visit(ScenarioReason.SweepTooManyPoints reason);
    T Visit(ScenarioReason.TooManyScenarios reason);
}
