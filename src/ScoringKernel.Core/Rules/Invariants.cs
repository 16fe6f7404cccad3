using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Rules;

/// <summary>The invariants a rule set keeps (specs/docs/readings.md, "What every rule set keeps"); the wire's code is the SCREAMING_SNAKE of the name.</summary>
public enum Invariant
{
    /// <summary>The standard scores sum to the stated maximum (100).</summary>
    StandardsSumMaximum,
    /// <summary>Every indicator score lies in [0, its standard].</summary>
    ScoreWithinStandard,
    /// <summary>Every total lies in [0, the stated maximum].</summary>
    TotalWithinMaximum,
    /// <summary>Each group's Class 1 quota fits the group (六(一)).</summary>
    QuotaWithinGroup,
    /// <summary>Class 1 within its quota, Class 1 + Class 2 within the group.</summary>
    ClassesWithinGroup,
    /// <summary>Every unit of the table gets exactly one grade.</summary>
    OneGradePerUnit,
    /// <summary>A better figure never lowers a score.</summary>
    MonotoneInFigures,
    /// <summary>Disqualification removes only the unit's rank: its score card and the others' are unchanged, the others keep their order.</summary>
    DisqualificationOnlyRank,
}

/// <summary>Why an invariant holds for every unit and figure, from the rules' piecewise-linear form.</summary>
public enum Proof
{
    /// <summary>The standards' sum is the maximum, exactly.</summary>
    SumIsMaximum,
    /// <summary>Standards ≥ 0 and deductions ≥ 0, capped at the standard: each score is standard − min(standard, Σ) ∈ [0, standard].</summary>
    DeductionCap,
    /// <summary>Each score in [0, standard] and the standards sum to at most the maximum.</summary>
    StandardsWithinMaximum,
    /// <summary>Each quota at most its group's units in the table.</summary>
    QuotaFits,
    /// <summary>Shortfall max(0, target − actual) falls as the figure rises; steps (any policy) and rates ≥ 0 keep the order; cap and rounding are monotone.</summary>
    NonNegativeRates,
}

/// <summary>What breaks an invariant: the unit, the figures that matter, the scores and the clause.</summary>
public sealed record Counterexample(
    Option<UnitCode> Unit,
    Option<Indicator> Clause,
    Seq<(FigureField Field, decimal Value)> Figures,
    Option<(FigureField Field, decimal From, decimal To)> Change,
    decimal Score,
    decimal ScoreAfter,
    decimal Bound,
    decimal Total,
    Option<AssessmentGroup> Group,
    int Count);

public abstract record Verdict
{
    private Verdict() { }

    /// <summary>One function per case: a new case does not compile until every reader says what it is.</summary>
    public abstract R Match<R>(Func<Proved, R> proved, Func<Held, R> held, Func<Failed, R> failed);

    public sealed record Proved(Proof Why) : Verdict
    {
        public override R Match<R>(Func<Proved, R> proved, Func<Held, R> held, Func<Failed, R> failed) => proved(this);
    }

    public sealed record Held(int Cases, ulong Seed) : Verdict
    {
        public override R Match<R>(Func<Proved, R> proved, Func<Held, R> held, Func<Failed, R> failed) => held(this);
    }

    public sealed record Failed(Counterexample Example, int Cases, ulong Seed) : Verdict
    {
        public override R Match<R>(Func<Proved, R> proved, Func<Held, R> held, Func<Failed, R> failed) => failed(this);
    }

    public bool IsFailed => this is Failed;
}

public sealed record InvariantVerdict(Invariant Invariant, Verdict Verdict);
