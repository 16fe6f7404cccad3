using LanguageExt;
using static LanguageExt.Prelude;
using static ScoringKernel.Core.Round.RoundCommand;

namespace ScoringKernel.Core.Round;

/// <summary>
/// A history from outside (a round's export) decided again, not trusted: each event turned back into the command that
/// would have caused it, decided on the state the events before it leave. The history is taken only if every command
/// is accepted and gives exactly its event (<paramref name="same"/> compares them); the first one that is not is
/// named by its index, with the decider's refusals (none when it was accepted but gave a different event).
/// </summary>
public static class RoundReplay
{
    public static Either<(int Index, Seq<RoundRefusal> Refusals), RoundState> Redecide(
        Seq<RoundEvent> events, Func<RoundState, Option<string>> currentDigest, Func<RoundEvent, RoundEvent, bool> same)
    {
        var state = RoundDecider.Initial;
        var i = 0;
        foreach (var e in events)
        {
            var decided = RoundDecider.Decide(CommandOf(e), state, currentDigest);
            if (decided.IsFail) return Left<(int, Seq<RoundRefusal>), RoundState>((i, decided.FailToSeq()));
            var produced = decided.SuccessToSeq().Head;
            if (produced.Count != 1 || !same(produced.Head, e)) return Left<(int, Seq<RoundRefusal>), RoundState>((i, Seq<RoundRefusal>()));
            state = RoundDecider.Evolve(state, e);
            i++;
        }
        return Right<(int, Seq<RoundRefusal>), RoundState>(state);
    }

    /// <summary>The command that causes <paramref name="e"/>, with its actor and time.</summary>
    public static RoundCommand CommandOf(RoundEvent e) => e.Match<RoundCommand>(
        opened => new OpenRound(opened.Year, opened.RuleSet, opened.TargetTableDigest, opened.Units, opened.Actor, opened.At),
        self => new SubmitSelfEvaluation(self.Unit, self.Figures, self.Actor, self.At),
        department => new SubmitDepartmentFigures(department.Unit, department.Figures, department.Actor, department.At),
        recorded => new RecordFinding(recorded.Id, recorded.Unit, recorded.Finding, recorded.Inspector, recorded.Actor, recorded.At),
        withdrawn => new WithdrawFinding(withdrawn.Id, withdrawn.Reason, withdrawn.Actor, withdrawn.At),
        approved => new Approve(approved.EvaluationDigest, approved.Actor, approved.At),
        reopened => new Reopen(reopened.Reason, reopened.Actor, reopened.At),
        published => new PublishNotice(published.EvaluationDigest, published.NoticeNumber, published.IssuedOn, published.Actor, published.At),
        closed => new CloseSubmissions(closed.Reason, closed.Actor, closed.At),
        reopened => new ReopenSubmissions(reopened.Reason, reopened.Actor, reopened.At));
}
