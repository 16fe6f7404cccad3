using LanguageExt;
using ScoringKernel.Core.Figures;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Scenarios;

/// <summary>
/// The smallest change of one input that reaches a goal, or why none does. Every case knows the goal, the input, its
/// current value and the total the goal needs (<see cref="ThresholdTotal"/>; 0 where no total is in question).
/// </summary>
public abstract record Margin(Goal Goal, FigureField Field, decimal Current, decimal ThresholdTotal)
{
    public abstract R Match<R>(Func<Reachable, R> reachable, Func<AlreadyMet, R> alreadyMet, Func<Unreachable, R> unreachable);

    /// <summary>The value the input needs: the current value when the goal is met already, none when it is unreachable.</summary>
    public Option<decimal> Required => Match(r => Some(r.RequiredValue), _ => Some(Current), _ => Option<decimal>.None);

    public Option<decimal> Change => Required.Map(r => r - Current);

    /// <summary>Setting the input to <see cref="RequiredValue"/> reaches the goal; one grid step less does not. <see cref="Binding"/> says which line binds.</summary>
    public sealed record Reachable(Goal Goal, FigureField Field, decimal Current, decimal ThresholdTotal, decimal RequiredValue, MarginBinding Binding)
        : Margin(Goal, Field, Current, ThresholdTotal)
    {
        public override R Match<R>(Func<Reachable, R> reachable, Func<AlreadyMet, R> alreadyMet, Func<Unreachable, R> unreachable) => reachable(this);
    }

    /// <summary>The unit reaches the goal already; <see cref="Total"/> is its total, <see cref="Standing"/> how it stands.</summary>
    public sealed record AlreadyMet(Goal Goal, FigureField Field, decimal Current, decimal ThresholdTotal, decimal Total, MetStanding Standing)
        : Margin(Goal, Field, Current, ThresholdTotal)
    {
        public override R Match<R>(Func<Reachable, R> reachable, Func<AlreadyMet, R> alreadyMet, Func<Unreachable, R> unreachable) => alreadyMet(this);
    }

    /// <summary>No value of the input reaches the goal, for the reason <see cref="Why"/>.</summary>
    public sealed record Unreachable(Goal Goal, FigureField Field, decimal Current, decimal ThresholdTotal, UnreachableReason Why)
        : Margin(Goal, Field, Current, ThresholdTotal)
    {
        public override R Match<R>(Func<Reachable, R> reachable, Func<AlreadyMet, R> alreadyMet, Func<Unreachable, R> unreachable) => unreachable(this);
    }
}
