using ScoringKernel.Core.Problems;
using FsCheck.Xunit;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using Xunit;
using static LanguageExt.Prelude;
using static ScoringKernel.Core.Round.RoundCommand;
using static ScoringKernel.Core.Round.RoundEvent;

namespace ScoringKernel.Core.Tests.Round;

[Properties(Arbitrary = new[] { typeof(RoundArbitraries) }, MaxTest = 200)]
public class RoundProperties
{
    [Property]
    public void No_source_changes_while_the_round_is_approved(RoundScenario scenario)
    {
        Option<Seq<UnitSubmission>> frozen = None;
        foreach (var step in RoundRun.Steps(scenario.Commands))
        {
            Assert.Equal(frozen.IsSome, step.Before.Approval.IsSome);
            frozen.IfSome(sources =>
            {
                if (step.Command.ChangesSources)
                {
                    Assert.False(step.Accepted, $"{step.Command} was accepted while approved");
                    Assert.Contains(step.Refusals, r => r.Reason is RoundRefusalReason.RoundApproved or RoundRefusalReason.ActorRequired);
                }
                Assert.Equal(sources, RoundSources.Submissions(step.After));
            });
            foreach (var e in step.Events)
                frozen = e.Match(
                    _ => frozen, _ => frozen, _ => frozen, _ => frozen, _ => frozen,
                    _ => Some(RoundSources.Submissions(step.After)),
                    _ => None,
                    _ => frozen, _ => frozen, _ => frozen);
        }
    }

    [Property]
    public void Replaying_the_accepted_events_gives_the_state_built_step_by_step(RoundScenario scenario)
    {
        var steps = RoundRun.Steps(scenario.Commands);
        var events = steps.Bind(s => s.Events).Strict();
        var final = steps.LastOrNone().Map(s => s.After).IfNone(RoundDecider.Initial);
        Assert.Equal(final, RoundDecider.Fold(events));
    }

    [Property]
    public void The_rounds_evaluation_is_Evaluate_on_the_latest_sources_its_commands_gave(RoundScenario scenario)
    {
        var steps = RoundRun.Steps(scenario.Commands);
        var final = steps.LastOrNone().Map(s => s.After).IfNone(RoundDecider.Initial);
        var expected = ExpectedSources(steps.Filter(s => s.Changed).Map(s => s.Command));

        Assert.Equal(expected.Missing, RoundSources.Missing(final));
        Assert.Equal(expected.Submissions, RoundSources.Submissions(final));
        if (expected.Missing.IsEmpty && !expected.Submissions.IsEmpty)
            Assert.Equal(
                Comparable(Evaluator.Evaluate(RoundGenerators.Rules, RoundGenerators.Table, expected.Submissions)),
                Comparable(Evaluator.Evaluate(RoundGenerators.Rules, RoundGenerators.Table, RoundSources.Submissions(final))));
    }

    [Property]
    public void An_accepted_command_adds_the_one_event_it_names_and_a_refused_one_adds_none(RoundScenario scenario)
    {
        foreach (var step in RoundRun.Steps(scenario.Commands))
        {
            if (step.Accepted && !step.Changed)
            {
                // Only a resubmission of what is there already is taken with no event, and it changes nothing.
                Assert.True(step.Command is SubmitSelfEvaluation or SubmitDepartmentFigures, $"{step.Command} accepted with no event");
                Assert.Equal(step.Before, step.After);
            }
            else if (step.Accepted)
            {
                var e = Assert.Single(step.Events);
                Assert.Equal((step.Command.Actor, step.Command.At), (e.Actor, e.At));
                Assert.Equal(ExpectedEvent(step.Command, step.Before), e);
            }
            else
            {
                Assert.NotEmpty(step.Refusals);
                Assert.Equal(step.Before, step.After);
            }
        }
    }

    [Property]
    public void An_accepted_approval_names_the_evaluation_as_it_stood_and_a_notice_the_approved_one(RoundScenario scenario)
    {
        foreach (var step in RoundRun.Steps(scenario.Commands).Filter(s => s.Accepted))
            step.Command.Match(
                _ => unit, _ => unit, _ => unit, _ => unit, _ => unit,
                approve =>
                {
                    Assert.Empty(RoundSources.Missing(step.Before));
                    Assert.Equal(RoundRun.Digest(step.Before), Some(approve.EvaluationDigest));
                    return unit;
                },
                _ =>
                {
                    Assert.True(step.Before.Approval.IsSome);
                    return unit;
                },
                publish =>
                {
                    Assert.Equal(step.Before.Approval.Map(a => a.EvaluationDigest), Some(publish.EvaluationDigest));
                    Assert.True(step.Before.Publication.IsNone);
                    Assert.False(string.IsNullOrWhiteSpace(publish.NoticeNumber));
                    return unit;
                },
                _ =>
                {
                    Assert.True(step.Before.Approval.IsNone && step.Before.SubmissionsClosing.IsNone);
                    return unit;
                },
                _ =>
                {
                    Assert.True(step.Before.Approval.IsNone && step.Before.SubmissionsClosing.IsSome);
                    return unit;
                });
    }

    [Property]
    public void While_submissions_are_closed_no_source_changes_and_approval_goes_through(RoundScenario scenario)
    {
        foreach (var step in RoundRun.Steps(scenario.Commands).Filter(s => s.Before.SubmissionsClosing.IsSome && s.Before.Approval.IsNone))
        {
            Assert.Equal(RoundStatus.Closed, step.Before.Status);
            if (step.Command.ChangesSources)
            {
                Assert.False(step.Accepted, $"{step.Command} was accepted while submissions were closed");
                Assert.Contains(step.Refusals, r => r.Reason is RoundRefusalReason.SubmissionsClosed or RoundRefusalReason.ActorRequired);
                Assert.Equal(RoundSources.Submissions(step.Before), RoundSources.Submissions(step.After));
            }
            if (step.Command is Approve a && a.Actor.Id.Length > 0 && RoundRun.Digest(step.Before) == Some(a.EvaluationDigest))
                Assert.True(step.Accepted, $"{step.Command} refused while closed: {string.Join(", ", step.Refusals)}");
        }
    }

    [Property]
    public void The_state_keeps_every_version_finding_and_milestone_with_who_and_when(RoundScenario scenario)
    {
        var steps = RoundRun.Steps(scenario.Commands);
        var final = steps.LastOrNone().Map(s => s.After).IfNone(RoundDecider.Initial);
        var accepted = steps.Filter(s => s.Changed).Map(s => s.Command).Strict();

        foreach (var u in final.Units)
        {
            Assert.Equal(
                accepted.Choose(c => c is SubmitSelfEvaluation s && s.Unit == u.Unit ? Some((s.Figures, s.Actor, s.At)) : None).ToArray(),
                u.SelfEvaluations.Map(v => (v.Figures, v.SubmittedBy, v.SubmittedAt)).ToArray());
            Assert.Equal(Enumerable.Range(1, u.SelfEvaluations.Count), u.SelfEvaluations.Map(v => v.Version));
            foreach (var department in Departments.All)
            {
                var history = u.DepartmentHistory(department);
                Assert.Equal(
                    accepted.Choose(c => c is SubmitDepartmentFigures d && d.Unit == u.Unit && d.Figures.Department == department ? Some((d.Figures, d.Actor, d.At)) : None).ToArray(),
                    history.Map(v => (v.Figures, v.SubmittedBy, v.SubmittedAt)).ToArray());
                Assert.Equal(Enumerable.Range(1, history.Count), history.Map(v => v.Version));
            }
        }
        Assert.Equal(
            accepted.Choose(c => c is RecordFinding f ? Some((f.Id, f.Unit, f.Finding, f.Inspector, f.Actor, f.At)) : None).ToArray(),
            final.Findings.Map(f => (f.Id, f.Unit, f.Finding, f.Inspector, f.RecordedBy, f.RecordedAt)).ToArray());
        foreach (var f in final.Findings)
            Assert.Equal(
                accepted.Choose(c => c is WithdrawFinding w && w.Id == f.Id ? Some(new FindingWithdrawal(w.Reason, w.Actor, w.At)) : None).HeadOrNone(),
                f.Withdrawal);

        var sinceReopening = accepted.Reverse().TakeWhile(c => c is not Reopen).ToSeq();
        Assert.Equal(
            sinceReopening.Choose(c => c is Approve a ? Some(new Approval(a.EvaluationDigest, a.Actor, a.At)) : None).HeadOrNone(),
            final.Approval);
        Assert.Equal(
            sinceReopening.Choose(c => c is PublishNotice p ? Some(new Publication(p.EvaluationDigest, p.NoticeNumber.Trim(), p.IssuedOn, p.Actor, p.At)) : None).HeadOrNone(),
            final.Publication);
        Assert.Equal(
            accepted.Choose(c => c is Reopen r ? Some((r.Reason, r.Actor, r.At)) : None).ToArray(),
            final.Reopenings.Map(r => (r.Reason, r.ReopenedBy, r.ReopenedAt)).ToArray());
    }

    /// <summary>The sources the accepted commands gave, kept by hand: the latest of each, findings not withdrawn.</summary>
    private static (Seq<UnitCode> Missing, Seq<UnitSubmission> Submissions) ExpectedSources(Seq<RoundCommand> accepted)
    {
        var units = new List<UnitCode>();
        var selves = new Dictionary<UnitCode, UnitFigures>();
        var departments = new Dictionary<(UnitCode, Department), DepartmentFigures>();
        var findings = new List<(FindingId Id, UnitCode Unit, Finding Finding)>();
        foreach (var command in accepted)
            switch (command)
            {
                case OpenRound o: units.AddRange(o.Units); break;
                case SubmitSelfEvaluation s: selves[s.Unit] = s.Figures; break;
                case SubmitDepartmentFigures d: departments[(d.Unit, d.Figures.Department)] = d.Figures; break;
                case RecordFinding f: findings.Add((f.Id, f.Unit, f.Finding)); break;
                case WithdrawFinding w: findings.RemoveAll(f => f.Id == w.Id); break;
            }
        var missing = toSeq(units.Where(u => !selves.ContainsKey(u))).Strict();
        var submissions = toSeq(units.Where(selves.ContainsKey).Select(u => new UnitSubmission(
            selves[u],
            toSeq(Departments.All.Where(d => departments.ContainsKey((u, d))).Select(d => departments[(u, d)])).Strict(),
            toSeq(findings.Where(f => f.Unit == u).Select(f => f.Finding)).Strict()))).Strict();
        return (missing, submissions);
    }

    private static RoundEvent ExpectedEvent(RoundCommand command, RoundState before) => command.Match<RoundEvent>(
        o => new RoundOpened(o.Year, o.RuleSet, o.TargetTableDigest, o.Units, o.Actor, o.At),
        s => new SelfEvaluationSubmitted(s.Unit, before.Unit(s.Unit).Map(u => u.SelfEvaluations.Count).IfNone(0) + 1, s.Figures, s.Actor, s.At),
        d => new DepartmentFiguresSubmitted(d.Unit, before.Unit(d.Unit).Map(u => u.DepartmentHistory(d.Figures.Department).Count).IfNone(0) + 1, d.Figures, d.Actor, d.At),
        f => new FindingRecorded(f.Id, f.Unit, f.Finding, f.Inspector, f.Actor, f.At),
        w => new FindingWithdrawn(w.Id, w.Reason, w.Actor, w.At),
        a => new EvaluationApproved(a.EvaluationDigest, a.Actor, a.At),
        r => new RoundReopened(r.Reason, r.Actor, r.At),
        p => new NoticePublished(p.EvaluationDigest, p.NoticeNumber.Trim(), p.IssuedOn, p.Actor, p.At),
        c => new SubmissionsClosed(c.Reason.Trim(), c.Actor, c.At),
        r => new SubmissionsReopened(r.Reason, r.Actor, r.At));

    private static (EvaluationResult? Result, Seq<Problem> Problems) Comparable(Validation<Problem, EvaluationResult> v) =>
        v.Match(r => (r, Seq<Problem>()), ps => ((EvaluationResult?)null, ps));
}
