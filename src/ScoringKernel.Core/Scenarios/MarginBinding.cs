using ScoringKernel.Core.Scoring;

namespace ScoringKernel.Core.Scenarios;

/// <summary>Whether the most a shortfall may be is inclusive (whole-step policies aside) or strict (whole units: a full step would deduct).</summary>
public enum ShortfallBound
{
    /// <summary>The shortfall may be at most the bound.</summary>
    AtMost,
    /// <summary>The shortfall must stay below the bound.</summary>
    Below,
}

/// <summary>The line of the rule that fixes a reachable margin's value.</summary>
public abstract record MarginBinding(Component Line)
{
    public abstract R Match<R>(Func<YesRemovesDeduction, R> yes, Func<ShortfallWithin, R> shortfall);

    /// <summary>A yes/no requirement: answering yes removes its <see cref="Deduction"/>.</summary>
    public sealed record YesRemovesDeduction(Component Line, decimal Deduction) : MarginBinding(Line)
    {
        public override R Match<R>(Func<YesRemovesDeduction, R> yes, Func<ShortfallWithin, R> shortfall) => yes(this);
    }

    /// <summary>
    /// The line may deduct at most <see cref="MaxDeduction"/> for the goal's total, so its shortfall may be at most (or,
    /// for whole units, must stay below) <see cref="MaxShortfall"/>.
    /// </summary>
    public sealed record ShortfallWithin(Component Line, decimal MaxDeduction, decimal MaxShortfall, ShortfallBound Bound) : MarginBinding(Line)
    {
        public override R Match<R>(Func<YesRemovesDeduction, R> yes, Func<ShortfallWithin, R> shortfall) => shortfall(this);
    }
}
