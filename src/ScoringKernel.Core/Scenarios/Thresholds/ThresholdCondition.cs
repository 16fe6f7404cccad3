using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scenarios.Thresholds;

/// <summary>What must hold of the assessment at a value of the varied parameter or target.</summary>
public abstract record ThresholdCondition
{
    public abstract R Match<R>(Func<NoneBelowPassLine, R> noneBelow, Func<UnitQualified, R> qualified, Func<UnitInClass1, R> class1,
        Func<UnitKeepsRank, R> keepsRank, Func<AtLeastQualified, R> atLeast, Func<NoGradeChange, R> noGradeChange);

    /// <summary>No ranked unit (of <see cref="Group"/>, or of any group) is unqualified: every eligible unit's total reaches the pass line.</summary>
    public sealed record NoneBelowPassLine(Option<AssessmentGroup> Group) : ThresholdCondition
    {
        public override R Match<R>(Func<NoneBelowPassLine, R> noneBelow, Func<UnitQualified, R> qualified, Func<UnitInClass1, R> class1, Func<UnitKeepsRank, R> keepsRank, Func<AtLeastQualified, R> atLeast, Func<NoGradeChange, R> noGradeChange) => noneBelow(this);
    }

    /// <summary>The unit is graded Class 1 or Class 2.</summary>
    public sealed record UnitQualified(UnitCode Unit) : ThresholdCondition
    {
        public override R Match<R>(Func<NoneBelowPassLine, R> noneBelow, Func<UnitQualified, R> qualified, Func<UnitInClass1, R> class1, Func<UnitKeepsRank, R> keepsRank, Func<AtLeastQualified, R> atLeast, Func<NoGradeChange, R> noGradeChange) => qualified(this);
    }

    /// <summary>The unit is graded Class 1.</summary>
    public sealed record UnitInClass1(UnitCode Unit) : ThresholdCondition
    {
        public override R Match<R>(Func<NoneBelowPassLine, R> noneBelow, Func<UnitQualified, R> qualified, Func<UnitInClass1, R> class1, Func<UnitKeepsRank, R> keepsRank, Func<AtLeastQualified, R> atLeast, Func<NoGradeChange, R> noGradeChange) => class1(this);
    }

    /// <summary>The unit's rank in its group is the rank it has in the base.</summary>
    public sealed record UnitKeepsRank(UnitCode Unit) : ThresholdCondition
    {
        public override R Match<R>(Func<NoneBelowPassLine, R> noneBelow, Func<UnitQualified, R> qualified, Func<UnitInClass1, R> class1, Func<UnitKeepsRank, R> keepsRank, Func<AtLeastQualified, R> atLeast, Func<NoGradeChange, R> noGradeChange) => keepsRank(this);
    }

    /// <summary>At least <see cref="Count"/> units (of <see cref="Group"/>, or in all) are qualified (Class 1 or Class 2).</summary>
    public sealed record AtLeastQualified(int Count, Option<AssessmentGroup> Group) : ThresholdCondition
    {
        public override R Match<R>(Func<NoneBelowPassLine, R> noneBelow, Func<UnitQualified, R> qualified, Func<UnitInClass1, R> class1, Func<UnitKeepsRank, R> keepsRank, Func<AtLeastQualified, R> atLeast, Func<NoGradeChange, R> noGradeChange) => atLeast(this);
    }

    /// <summary>Every unit keeps the grade it has in the base.</summary>
    public sealed record NoGradeChange : ThresholdCondition
    {
        public static readonly NoGradeChange Instance = new();
        public override R Match<R>(Func<NoneBelowPassLine, R> noneBelow, Func<UnitQualified, R> qualified, Func<UnitInClass1, R> class1, Func<UnitKeepsRank, R> keepsRank, Func<AtLeastQualified, R> atLeast, Func<NoGradeChange, R> noGradeChange) => noGradeChange(this);
    }

    /// <summary>The unit the condition names, if it names one.</summary>
    public Option<UnitCode> NamedUnit => Match(_ => Option<UnitCode>.None, q => q.Unit, c => c.Unit, k => k.Unit, _ => Option<UnitCode>.None, _ => Option<UnitCode>.None);

    /// <summary>Whether the condition depends only on which units are qualified (no ranks): then it is counted, not ranked.</summary>
    public bool CountsOnly => Match(_ => true, _ => true, _ => false, _ => false, _ => true, _ => false);
}

/// <summary>One threshold question: vary <see cref="Template"/>'s value over [<see cref="From"/>, <see cref="To"/>] (the parameter's whole domain where absent).</summary>
public sealed record ThresholdQuestion(Override Template, ThresholdCondition Condition, Option<decimal> From, Option<decimal> To)
{
    /// <summary>The most single-indicator score evaluations one question may take.</summary>
    public const long MaxEvaluations = 60_000_000;
}

/// <summary>The grid the varied value lies on, and why.</summary>
public enum GridKind
{
    /// <summary>Amounts, percentages and points to 0.01 (the precision of Attachment 2 and of the scores).</summary>
    Hundredths,
    /// <summary>Whole households, persons, villages or places.</summary>
    Whole,
}

/// <summary>The values examined: every multiple of <see cref="Grid"/> from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record ThresholdDomain(decimal From, decimal To, decimal Grid, GridKind GridKind);

/// <summary>One indicator score that changes at an end.</summary>
public sealed record ScoreStep(Indicator Indicator, decimal Before, decimal After);

/// <summary>
/// How one unit changes between the two sides of an end (inside → outside): its scores, total, grade and rank. Only units
/// for which something changes are listed.
/// </summary>
public sealed record ThresholdChange(UnitCode Unit, Seq<ScoreStep> Scores, decimal TotalBefore, decimal TotalAfter,
    Grade GradeBefore, Grade GradeAfter, Option<int> RankBefore, Option<int> RankAfter);

/// <summary>
/// One end of an interval where the condition holds. <see cref="Value"/> is the last grid value inside (a closed end);
/// <see cref="Beyond"/> the first grid value outside, where the condition fails (the open end), none where the domain
/// ends. <see cref="Changes"/> says what changes from <see cref="Value"/> to <see cref="Beyond"/>: the binding units and clauses.
/// </summary>
public sealed record ThresholdEnd(decimal Value, Option<decimal> Beyond, Seq<ThresholdChange> Changes);

/// <summary>An interval of grid values, ends included, on which the condition holds.</summary>
public sealed record ThresholdInterval(ThresholdEnd Low, ThresholdEnd High);

/// <summary>
/// The exact answer: the intervals (sorted, disjoint, not adjacent) where the condition holds; the value in the base
/// when it has one, and whether the condition holds in the base; how many breakpoints (values where some score,
/// or for the pass line some qualification, changes) and pieces were examined.
/// </summary>
public sealed record ThresholdAnswer(ThresholdDomain Domain, Seq<ThresholdInterval> Intervals, Option<decimal> BaseValue, bool HoldsAtBase,
    int Breakpoints, long Evaluations)
{
    public bool Holds(decimal value) => Intervals.Exists(i => i.Low.Value <= value && value <= i.High.Value);
}
