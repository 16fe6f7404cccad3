using System.Globalization;
using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Validation;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Store;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Rounds;

/// <summary>
/// What comes into a round and goes out of it whole: a figures workbook or an evaluation file into an open round (every
/// command decided in turn on the state the ones before it leave, the events appended in one append: all of them, or,
/// with every problem named, none); a round's export into a store without it (<see cref="RoundReplay"/>); the export
/// itself; and the verification of its chain.
/// </summary>
public sealed class RoundImports(RoundLog log, RoundEvaluation evaluation, RoundViews views, Func<DateTimeOffset> now)
{
    /// <summary>The sources of <paramref name="request"/> into the open round, or its export into a store without the round.</summary>
    public async Task<Either<RoundFailure, P.ImportRoundResponse>> Import(int year, P.ImportRoundRequest request, RoundCaller caller, RoundSigning signing, CancellationToken ct)
    {
        if (request.SourceCase == P.ImportRoundRequest.SourceOneofCase.RoundExport)
            return await Restore(year, request.RoundExport, caller, signing, ct);
        var submissions = request.SourceCase switch
        {
            P.ImportRoundRequest.SourceOneofCase.FiguresWorkbook => FromWorkbook(request.FiguresWorkbook.ToByteArray()),
            P.ImportRoundRequest.SourceOneofCase.Evaluation => FromEvaluation(request.Evaluation),
            _ => Left<RoundFailure, (Seq<UnitSubmission>, Func<Problem, Problem>)>(new RoundFailure.Invalid(Seq1(Problem.Of(new RoundReason.ImportEmpty())))),
        };
        if (submissions.IsLeft) return Left<RoundFailure, P.ImportRoundResponse>(submissions.LeftToSeq().Head);
        var (units, place) = submissions.RightToSeq().Head;
        if (units.IsEmpty) return new RoundFailure.Invalid(Seq1(place(Problem.Of(new RoundReason.ImportNothing()))));
        var before = 0L;
        return (await log.Handle(year, request.Etag, _ => RoundNames.Round(year), loaded =>
            {
                before = loaded.Version;
                return ImportEvents(loaded, units, place, caller.Actor, now());
            }, ct))
            .Map(loaded => new P.ImportRoundResponse { Round = views.Round(loaded), Events = (int)(loaded.Version - before) });
    }

    /// <summary>The round's events with their chain, the evaluation's digest, signed with the server's key when it has one.</summary>
    public async Task<Either<RoundFailure, P.ExportRoundResponse>> Export(int year, RoundSigning signing, CancellationToken ct)
    {
        var existing = await log.Existing(year, ct);
        if (existing.IsLeft) return existing.Map(_ => new P.ExportRoundResponse());
        var stored = await log.Store.ReadStreamAsync(RoundNames.Stream(year), 1, ct);
        if (EventChain.Verify(StreamHead.None, stored, null) is ChainVerdict.Broken b) return log.Break(year, b);
        var export = new P.RoundExport { Year = year, KernelVersion = Scoring.CanonicalInputs.KernelVersion, ChainHead = stored[^1].Hash };
        export.Events.AddRange(stored.Select(RoundLog.Parse));
        export.Chain.AddRange(stored.Select(RoundExports.Chained));
        var state = RoundDecider.Fold(stored.Select(RoundLog.Decode).ToSeq());
        export.EvaluationDigest = evaluation.Of(state).Match(e => e.Stamp.InputSha256, _ => "");
        signing.Sign(export);
        return new P.ExportRoundResponse { Export = export };
    }

    /// <summary>
    /// Recomputes the round's chain from every event the store holds and says whether it is intact (how many events,
    /// the head) or where it first breaks; a broken round then takes no write.
    /// </summary>
    public async Task<Either<RoundFailure, P.VerifyRoundResponse>> Verify(int year, Language language, CancellationToken ct)
    {
        var stream = RoundNames.Stream(year);
        var head = await log.Store.ReadHeadAsync(stream, ct);
        var stored = await log.Store.ReadStreamAsync(stream, 1, ct);
        if (stored.Count == 0 && head.Version == 0) return new RoundFailure.Missing(RoundDecisions.RoundNotFound(year));
        var verdict = EventChain.Verify(StreamHead.None, stored, head);
        if (verdict is ChainVerdict.Broken b) log.Break(year, b);
        return RoundExports.Verdict(year, stored.Count, verdict, language);
    }

    /// <summary>
    /// A round's export into a store without that round, decided again (<see cref="RoundReplay"/>): an event the decider
    /// would not have given on the events before it refuses the whole import, naming it. A signed export whose key this
    /// server trusts keeps its events as they were recorded (actors, times, the same chain); any other records each
    /// event as the importer's, now, with the file's actor and time kept as a claim.
    /// </summary>
    private async Task<Either<RoundFailure, P.ImportRoundResponse>> Restore(int year, P.RoundExport export, RoundCaller caller, RoundSigning signing, CancellationToken ct)
    {
        var at = new[] { RoundSteps.RoundExport };
        if (export.Year != year) return new RoundFailure.Invalid(Seq1(Problem.Of(new RoundReason.ExportOtherRound(export.Year, year)).Under(at)));
        if (export.Events.Count == 0) return new RoundFailure.Invalid(Seq1(Problem.Of(new RoundReason.ImportNothing()).Under(RoundSteps.ExportEvents).Under(at)));
        var stream = RoundNames.Stream(year);
        var signed = RoundExports.Signed(export);
        if (signed.IsLeft) return new RoundFailure.Invalid(signed.LeftToSeq().Head.Map(p => p.Under(at)).Strict());
        var trusted = signed.RightToSeq().Head && signing.Trusts(export.SignerPublicKey);
        var events = Valid.Each(i => new Step.Element(i), export.Events, RoundMapping.ToDomain).Under(RoundSteps.ExportEvents).Under(at);
        if (events.IsFail) return new RoundFailure.Invalid(events.FailToSeq());
        var time = now();
        var original = events.SuccessToSeq().Head;
        var replayed = trusted ? original : original.Map(e => e with { Actor = caller.Actor, At = time }).Strict();
        var redecided = RoundReplay.Redecide(replayed, evaluation.CurrentDigest, RoundLog.Same);
        if (redecided.IsLeft)
        {
            var (index, refusals) = redecided.LeftToSeq().Head;
            var under = new Step[] { new Step.Element(index), RoundSteps.ExportEvents, at[0] };
            var e = replayed[index];
            var problems = Seq1(Problem.Of(new RoundReason.ExportEventRefused(index + 1, RoundMapping.TypeOf(e))).Under(under))
                + RoundProblems.Of(RoundReplay.CommandOf(e), refusals).Map(p => p.Under(under));
            return refusals.IsEmpty || RoundDecisions.Failure(refusals) is RoundFailure.Refused ? new RoundFailure.Refused(problems.Strict()) : new RoundFailure.Invalid(problems.Strict());
        }
        if (export.EvaluationDigest.Length > 0 && evaluation.CurrentDigest(redecided.RightToSeq().Head) is var digest && digest != Some(export.EvaluationDigest))
            return new RoundFailure.Refused(Seq1(Problem.Of(new RoundReason.StaleDigest(export.EvaluationDigest, digest.IfNone(""))).Under(at)));
        var stored = trusted
            ? export.Chain.Select(c => new NewEvent(c.Type, c.Payload, c.Actor, RoundExports.Time(c.RecordedTime))).ToList()
            : RoundExports.Claimed(stream, replayed, original, time);
        var result = await log.Store.AppendAsync(stream, 0, stored, ct);
        if (result is AppendResult.Conflict) return new RoundFailure.Refused(Seq1(Problem.Of(new RoundReason.RoundExists(year)).Under(RoundSteps.Year)));
        return (await log.Existing(year, ct)).Map(loaded => new P.ImportRoundResponse { Round = views.Round(loaded), Events = replayed.Count });
    }

    /// <summary>
    /// A workbook's submissions, and where a problem of the import stands: at the cell its figure came from
    /// (<c>单位指标!I7</c>, the unit and the column), within <c>figures_workbook</c>. A problem found reading it, one the
    /// mapping finds, and one the decider finds are all named by sheet and cell.
    /// </summary>
    private static Either<RoundFailure, (Seq<UnitSubmission>, Func<Problem, Problem>)> FromWorkbook(byte[] bytes)
    {
        var step = RoundSteps.FiguresWorkbook;
        static RoundFailure Unreadable(Seq<Problem> problems, Step step) =>
            new RoundFailure.Invalid(problems.Map(p => p.Under(step)).Strict());
        Func<Problem, Problem> Placer(IReadOnlyDictionary<string, string> locations, IReadOnlyList<string> codes) =>
            p => Locations.InWorkbook(locations, p, codes).Under(step);
        if (FiguresWorkbook.HasSources(bytes))
            return FiguresWorkbook.ReadEvaluation(bytes).MapLeft(ps => Unreadable(ps, step)).Bind(read =>
                Submissions(read.Request.Submissions, Placer(read.Locations, read.Request.Submissions.Select(s => s.SelfEvaluation.UnitCode).ToList())));
        return FiguresWorkbook.Read(bytes).MapLeft(ps => Unreadable(ps, step)).Bind(read =>
        {
            var codes = read.Request.Units.Select(u => u.UnitCode).ToList();
            // The units' cells also by the paths the import's own problems take: submissions[i].self_evaluation….
            var locations = new Dictionary<string, string>(read.Locations, StringComparer.Ordinal);
            foreach (var (key, at) in read.Locations)
                if (key.StartsWith("units[", StringComparison.Ordinal) && key.IndexOf(']') is var close and > 0)
                    locations.TryAdd("submissions" + key[5..(close + 1)] + ".self_evaluation" + key[(close + 1)..], at);
            var mapped = Placer(read.Locations, codes);
            return Valid.Each(i => new Step.UnitEntry(i, null), read.Request.Units, FiguresMapping.ToDomain).ToEither()
                .MapLeft(ps => (RoundFailure)new RoundFailure.Invalid(ps.Map(mapped).Strict()))
                .Map(figures => (figures.Map(f => new UnitSubmission(f, Seq<DepartmentFigures>(), Seq<Finding>())).Strict(), Placer(locations, codes)));
        });
    }

    private static Either<RoundFailure, (Seq<UnitSubmission>, Func<Problem, Problem>)> FromEvaluation(P.EvaluateRequest request) =>
        Submissions(request.Submissions, p => p.Under(RoundSteps.Evaluation));

    private static Either<RoundFailure, (Seq<UnitSubmission>, Func<Problem, Problem>)> Submissions(IEnumerable<P.UnitSubmission> submissions, Func<Problem, Problem> place) =>
        Valid.Each(i => new Step.Submission(i, null), submissions, EvaluationMapping.ToDomain).ToEither()
            .MapLeft(ps => (RoundFailure)new RoundFailure.Invalid(ps.Map(place).Strict()))
            .Map(s => (s, place));

    private Either<RoundFailure, Seq<RoundEvent>> ImportEvents(LoadedRound loaded, Seq<UnitSubmission> submissions, Func<Problem, Problem> place, Actor actor, DateTimeOffset at)
    {
        if (!loaded.Exists) return new RoundFailure.Missing(RoundDecisions.RoundNotFound(loaded.Year));
        var state = loaded.State;
        var events = new List<RoundEvent>();
        var refusals = new List<RoundRefusal>();
        var problems = new List<Problem>();
        void Take(RoundCommand command, Step[] at)
        {
            RoundDecider.Decide(command, state, evaluation.CurrentDigest).Match(
                evs => { foreach (var e in evs) { events.Add(e); state = RoundDecider.Evolve(state, e); } },
                rs => { refusals.AddRange(rs); problems.AddRange(RoundProblems.Of(command, rs).Map(p => place(p.Under(at)))); });
        }
        var i = 0;
        foreach (var s in submissions)
        {
            var unit = s.SelfEvaluation.Unit;
            var sub = new Step.Submission(i++, unit);
            problems.AddRange(evaluation.WithinTable(state, s.SelfEvaluation).FailToSeq().Map(p => place(p.Under(sub, Step.SelfEvaluation.Instance))));
            Take(new RoundCommand.SubmitSelfEvaluation(unit, s.SelfEvaluation, actor, at), [sub, Step.SelfEvaluation.Instance]);
            var j = 0;
            foreach (var d in s.Departments)
                Take(new RoundCommand.SubmitDepartmentFigures(unit, d, actor, at), [sub, new Step.DepartmentEntry(j++, d.Department)]);
            var k = 0;
            foreach (var f in s.Findings)
            {
                var id = new FindingId(string.Create(CultureInfo.InvariantCulture, $"{unit.Value}-{loaded.Version + 1}-{k + 1}"));
                Take(new RoundCommand.RecordFinding(id, unit, f, actor.Id, actor, at), [sub, new Step.FindingEntry(k++)]);
            }
        }
        if (problems.Count > 0)
            return RoundDecisions.Failure(refusals.ToSeq()) is RoundFailure.Refused ? new RoundFailure.Refused(problems.ToSeq()) : new RoundFailure.Invalid(problems.ToSeq());
        return events.ToSeq();
    }
}
