using FsCheck;
using FsCheck.Fluent;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Tests.Evaluation;
using ScoringKernel.Core.Tests.Support;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;
using static ScoringKernel.Core.Round.RoundCommand;

namespace ScoringKernel.Core.Tests.Round;

/// <summary>A generated sequence of commands against a 2015 round.</summary>
public sealed record RoundScenario(Seq<RoundCommand> Commands)
{
    public override string ToString() => string.Join(Environment.NewLine, Commands.Map(Describe));

    private static string Describe(RoundCommand c) => c.Match(
        o => $"Open({o.Units.Count} units) by {o.Actor}",
        s => $"Self({s.Unit}, figures of {s.Figures.Unit}) by {s.Actor}",
        d => $"Department({d.Unit}, {d.Figures.Department}, {d.Figures.Figures.Count} figures)",
        f => $"Finding({f.Id}, {f.Unit}, {f.Finding.Figure} = {f.Finding.Value})",
        w => $"Withdraw({w.Id}, '{w.Reason}')",
        a => $"Approve({a.EvaluationDigest})",
        r => $"Reopen('{r.Reason}')",
        p => $"Publish({p.EvaluationDigest}, '{p.NoticeNumber}')",
        c => $"CloseSubmissions('{c.Reason}')",
        r => $"ReopenSubmissions('{r.Reason}')");
}

/// <summary>
/// Plausible commands against the 12 units of the embedded 2015 table: each command is drawn knowing the state the
/// earlier ones left (so digests are mostly the current one, withdrawals mostly name recorded findings), with a share
/// of mistakes of every kind the decider refuses.
/// </summary>
public static class RoundGenerators
{
    public static readonly TargetTable Table = EmbeddedTargets.Table2015;
    public static readonly RuleSet Rules = Hengyang2015.RuleSet;
    public static readonly RuleSetRef RuleSetRef = new(Hengyang2015.Id, Hengyang2015.RuleSet.Version, "rules-digest");
    public const string TableDigest = "table-digest";
    public static readonly UnitCode Outsider = UnitCode.Known("439999");
    public static readonly DateTimeOffset Start = new(2016, 1, 4, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly string[] Actors = ["衡山县扶贫开发领导小组", "市统计局", "考核办公室", "市扶贫开发领导小组"];

    private static Gen<T> Sometimes<T>(Gen<T> usual, Gen<T> mistake, int usualWeight = 9) =>
        Gen.Frequency((usualWeight, usual), (1, mistake));

    private static Gen<string> Text(string usual) => Sometimes(Gen.Constant(usual), Gen.Elements("", "  "));

    private static Gen<Actor> Actor => Gen.Frequency((40, Gen.Elements(Actors)), (1, Gen.Constant(""))).Select(a => new Actor(a));

    private static Gen<UnitTargets> RoundUnit => Gen.Elements(Table.Units.ToArray());

    private static Gen<UnitCode> UnitOrOutsider(UnitTargets t) => Sometimes(Gen.Constant(t.Code), Gen.Constant(Outsider));

    /// <summary>The unit's latest self-evaluation, or before it has one, figures shaped like its row (to draw figures from).</summary>
    private static UnitFigures Basis(RoundState s, UnitTargets t) =>
        s.Unit(t.Code).Bind(u => u.LatestSelfEvaluation).Map(v => v.Figures).IfNone(() => FigureBuilder.Meeting(t));

    public static Gen<RoundCommand> Open(DateTimeOffset at) =>
        from actor in Actor
        from units in Gen.Frequency(
            (18, Gen.Constant(Table.Units.Map(u => u.Code).Strict())),
            (1, Gen.Constant(Seq<UnitCode>())),
            (1, Gen.Constant(Table.Units.Map(u => u.Code).Add(Table.Units.Head.Code).Strict())))
        select (RoundCommand)new OpenRound(2015, RuleSetRef, TableDigest, units, actor, at);

    public static Gen<RoundCommand> SelfEvaluation(UnitTargets t, DateTimeOffset at) =>
        from actor in Actor
        from unit in UnitOrOutsider(t)
        from owner in Sometimes(Gen.Constant(t), RoundUnit)
        from figures in DomainGenerators.FiguresFor(owner)
        select (RoundCommand)new SubmitSelfEvaluation(unit, figures, actor, at);

    private static Gen<RoundCommand> DepartmentFigures(RoundState s, DateTimeOffset at) =>
        from t in RoundUnit
        from actor in Actor
        from unit in UnitOrOutsider(t)
        from department in Gen.Elements(Departments.All.ToArray())
        from values in EvaluationGenerators.DistinctValues(Basis(s, t), 3)
        select (RoundCommand)new SubmitDepartmentFigures(unit, new DepartmentFigures(department, values), actor, at);

    private static Gen<RoundCommand> RecordFinding(RoundState s, int step, DateTimeOffset at) =>
        from t in RoundUnit
        from actor in Actor
        from unit in UnitOrOutsider(t)
        from id in s.Findings.IsEmpty
            ? Gen.Constant(new FindingId($"F{step}"))
            : Sometimes(Gen.Constant(new FindingId($"F{step}")), Gen.Elements(s.Findings.Map(f => f.Id).ToArray()), 6)
        // Figures shaped like the row list every village, so a unit that reported fewer is asked about one it does not list.
        from basis in Sometimes(Gen.Constant(Basis(s, t)), Gen.Constant(FigureBuilder.Meeting(t)), 6)
        from figure in Sometimes(EvaluationGenerators.FigureOf(basis), Gen.Constant<FigureRef>(new FigureRef.OfVillage("村999", VillageField.ProjectInvestmentWan)), 19)
        from value in EvaluationGenerators.ValueFor(figure, basis)
        from finding in EvaluationGenerators.FindingFor(new FigureValue(figure, value))
        from inspector in Text("王检查")
        select (RoundCommand)new RoundCommand.RecordFinding(id, unit, finding, inspector, actor, at);

    private static Gen<RoundCommand> WithdrawFinding(RoundState s, DateTimeOffset at) =>
        from actor in Actor
        from id in s.Findings.IsEmpty
            ? Gen.Constant(new FindingId("F-unknown"))
            : Sometimes(Gen.Elements(s.Findings.Map(f => f.Id).ToArray()), Gen.Constant(new FindingId("F-unknown")), 5)
        from reason in Text("复核后数据无误")
        select (RoundCommand)new RoundCommand.WithdrawFinding(id, reason, actor, at);

    private static Gen<RoundCommand> Approve(RoundState s, DateTimeOffset at) =>
        from actor in Actor
        from digest in RoundRun.Digest(s).Match(
            current => Sometimes(Gen.Constant(current), Gen.Elements("stale", "sources-00000000"), 4),
            () => Gen.Constant("no-evaluation"))
        select (RoundCommand)new RoundCommand.Approve(digest, actor, at);

    private static Gen<RoundCommand> Reopen(DateTimeOffset at) =>
        from actor in Actor
        from reason in Text("统计局更正数据")
        select (RoundCommand)new RoundCommand.Reopen(reason, actor, at);

    private static Gen<RoundCommand> Publish(RoundState s, DateTimeOffset at) =>
        from actor in Actor
        from digest in s.Approval.Match(
            a => Sometimes(Gen.Constant(a.EvaluationDigest), Gen.Constant("stale"), 4),
            () => Gen.Elements("stale", "no-approval"))
        from number in Text("衡贫发〔2016〕3号")
        select (RoundCommand)new PublishNotice(digest, number, Some(new DateOnly(2016, 3, 15)), actor, at);

    private static Gen<RoundCommand> CloseSubmissions(DateTimeOffset at) =>
        from actor in Actor
        from reason in Gen.Elements("", "年度报送截止")
        select (RoundCommand)new RoundCommand.CloseSubmissions(reason, actor, at);

    private static Gen<RoundCommand> ReopenSubmissions(DateTimeOffset at) =>
        from actor in Actor
        from reason in Text("财政局补报数据")
        select (RoundCommand)new RoundCommand.ReopenSubmissions(reason, actor, at);

    /// <summary>A command for the state: mostly an opening while the round is not open, any command once it is.</summary>
    public static Gen<RoundCommand> CommandFor(RoundState s, int step)
    {
        var at = Start.AddMinutes(step);
        var source = Gen.Frequency(
            (5, RoundUnit.SelectMany(t => SelfEvaluation(t, at))),
            (3, DepartmentFigures(s, at)),
            (3, RecordFinding(s, step, at)),
            (2, WithdrawFinding(s, at)));
        return s.Opening.IsNone ? Gen.Frequency((9, Open(at)), (1, source))
            // While approved, mostly what may follow an approval, so that rounds go on after it.
            : s.Approval.IsSome ? Gen.Frequency((1, Open(at)), (6, source), (1, Approve(s, at)), (3, Reopen(at)), (3, Publish(s, at)), (1, CloseSubmissions(at)), (1, ReopenSubmissions(at)))
            // While submissions are closed, mostly approval or reopening them, and sources that must be refused.
            : s.SubmissionsClosing.IsSome ? Gen.Frequency((4, source), (3, Approve(s, at)), (2, ReopenSubmissions(at)), (1, CloseSubmissions(at)), (1, Publish(s, at)))
            : Gen.Frequency((1, Open(at)), (13, source), (3, Approve(s, at)), (1, Reopen(at)), (1, Publish(s, at)), (1, CloseSubmissions(at)), (1, ReopenSubmissions(at)));
    }

    private static Gen<Seq<RoundCommand>> Continue(RoundState s, int step, int remaining, Seq<RoundCommand> done) =>
        remaining == 0
            ? Gen.Constant(done)
            : CommandFor(s, step).SelectMany(c => Continue(RoundRun.Step(s, c).After, step + 1, remaining - 1, done.Add(c)));

    /// <summary>Mostly the opening and every unit's self-evaluation first, so that approvals are in reach; then up to 40 commands.</summary>
    public static readonly Gen<RoundScenario> Scenarios =
        from prelude in Gen.Frequency(
            (3, from open in Open(Start)
                from shuffled in Gen.Shuffle(Table.Units.ToArray())
                from selves in DomainGenerators.Sequence(shuffled.Select((t, i) => DomainGenerators.FiguresFor(t)
                    .Select(f => (RoundCommand)new SubmitSelfEvaluation(t.Code, f, new Actor(Actors[0]), Start.AddSeconds(i + 1)))))
                select Seq1(open) + toSeq(selves)),
            (1, Gen.Constant(Seq<RoundCommand>())))
        from length in Gen.Choose(0, 40)
        from commands in Continue(RoundRun.Final(prelude), prelude.Count, length, prelude)
        select new RoundScenario(commands);
}

public static class RoundArbitraries
{
    public static Arbitrary<RoundScenario> RoundScenario() => Arb.From(RoundGenerators.Scenarios);
}
