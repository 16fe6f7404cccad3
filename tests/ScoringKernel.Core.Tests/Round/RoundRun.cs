using LanguageExt;
using ScoringKernel.Core.Round;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Round;

/// <summary>One command of a run: the state it met, what the decider answered, and the state after.</summary>
public sealed record RoundStep(RoundCommand Command, RoundState Before, Validation<RoundRefusal, Seq<RoundEvent>> Decision, RoundState After)
{
    public bool Accepted => Decision.IsSuccess;
    /// <summary>Accepted and changing the round: an identical resubmission is accepted with no event.</summary>
    public bool Changed => !Events.IsEmpty;
    public Seq<RoundEvent> Events => Decision.Match(es => es, _ => Seq<RoundEvent>());
    public Seq<RoundRefusal> Refusals => Decision.Match(_ => Seq<RoundRefusal>(), rs => rs);
}

/// <summary>Runs commands through the decider as a caller would: decide, keep the events, evolve.</summary>
public static class RoundRun
{
    /// <summary>
    /// The tests' stand-in for the stamp's digest: a digest of the sources the evaluation reads, none until every unit
    /// has a self-evaluation (as the caller's evaluation would have none).
    /// </summary>
    public static Option<string> Digest(RoundState state) =>
        RoundSources.Missing(state).IsEmpty ? Some($"sources-{RoundSources.Submissions(state).GetHashCode():x8}") : None;

    public static RoundStep Step(RoundState state, RoundCommand command)
    {
        var decision = RoundDecider.Decide(command, state, Digest);
        var after = decision.Match(events => events.Fold(state, RoundDecider.Evolve), _ => state);
        return new RoundStep(command, state, decision, after);
    }

    public static Seq<RoundStep> Steps(Seq<RoundCommand> commands) =>
        commands.Fold((State: RoundDecider.Initial, Steps: Seq<RoundStep>()), (acc, c) =>
        {
            var step = Step(acc.State, c);
            return (step.After, acc.Steps.Add(step));
        }).Steps;

    public static RoundState Final(Seq<RoundCommand> commands) => commands.Fold(RoundDecider.Initial, (s, c) => Step(s, c).After);
}
