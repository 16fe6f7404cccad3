using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Store;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Rounds;

/// <summary>
/// The year's round, kept: each call checks the caller's role; a write then, holding the round's stream lock
/// (<see cref="IEventStore.AppendExclusiveAsync"/>: no other write of that round, from this process or another, lands
/// meanwhile), brings the round up to date, checks the etag of the resource it changes, lets
/// <see cref="RoundDecider"/> decide and appends what it decided: no write is lost, none is merged past an etag, and
/// none is retried. Every event read is checked against the round's hash chain (<see cref="EventChain"/>); a round
/// whose chain breaks takes no write and answers every read with where it breaks (specs/docs/round.md). The round's evaluation is <see cref="ScoringApi.Evaluate"/> on
/// <see cref="RoundSources.Submissions"/>: one code path, the same stamp; approval names that stamp's input_sha256.
/// </summary>
public sealed class RoundService(IEventStore store, ScoringApi scoring, TimeProvider? time = null)
{
    public const int MinYear = 1900, MaxYear = 9999;

    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default);
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<int, LoadedRound> cache = new();
    private readonly ConcurrentDictionary<int, RoundFailure> broken = new();
    private long chainBreaks;

    /// <summary>Told once per round whose chain is found broken: the year and the verdict in English (the server logs it).</summary>
    public Action<int, string>? OnChainBroken { get; init; }

    /// <summary>The server's export signing key and the keys it trusts (none: exports are unsigned, and every export
    /// restored records the importer).</summary>
    public RoundSigning Signing { get; init; } = RoundSigning.None;

    /// <summary>Rounds found with a broken chain since start-up.</summary>
    public long ChainBreaks => Interlocked.Read(ref chainBreaks);

    public IEventStore Store => store;

    // ---- the RPCs ----

    public Task<Either<RoundFailure, P.OpenRoundResponse>> OpenRound(P.OpenRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.Office), caller, request.Year, async year =>
        {
            var entry = RuleSetOf(request.RuleSetId, year);
            if (entry.IsLeft) return Left<RoundFailure, P.OpenRoundResponse>(entry.LeftToSeq().Head);
            var e = entry.RightToSeq().Head;
            // The rule set's own digest, the SHA-256 of its file that every result's stamp names: a change of wording in
            // the catalog's labels is no change of the rules.
            var ruleSet = new RuleSetRef(e.Rules.Id, e.Rules.Version, e.Sha256);
            var command = RoundCommand.OpenRound.For(year, ruleSet, Sha256(TargetsMapping.FromDomain(e.Targets)), e.Targets, caller.Actor, Now());
            return (await Write(year, "", _ => RoundNames.Round(year), loaded => Decide(command, loaded, language), ct))
                .Map(loaded => new P.OpenRoundResponse { Round = View(loaded) });
        });

    /// <summary>
    /// The rule set a round opens on: the one named, or, when none is, the loaded one whose <c>year</c> is the round's.
    /// No such rule set (or several) is refused in words, never a silent fallback to another year's.
    /// </summary>
    private Either<RoundFailure, RuleSetEntry> RuleSetOf(string id, int year)
    {
        if (id.Length > 0) return scoring.Entry(id).MapLeft(f => (RoundFailure)new RoundFailure.Missing(f.All.Head));
        return scoring.Catalog.ForYear(year) switch
        {
            [var only] => only,
            { IsEmpty: true } => new RoundFailure.Refused(Seq1(Problem.Of(RoundReasons.RuleSetForYearMissing, year,
                new Arg.Typed(string.Join(", ", scoring.Catalog.Entries.Map(e => $"{e.Rules.Id} ({e.Rules.Year.ToString(CultureInfo.InvariantCulture)})")))))),
            var several => new RoundFailure.Refused(Seq1(Problem.Of(RoundReasons.RuleSetForYearAmbiguous, year,
                new Arg.Code(string.Join(", ", several.Map(e => e.Rules.Id)))))),
        };
    }

    public Task<Either<RoundFailure, P.GetRoundResponse>> GetRound(P.GetRoundRequest request, RoundCaller caller, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.Read, RoundRoles.Office, RoundRoles.LeadingGroup, RoundRoles.Inspector), caller, request.Year, async year =>
            (await Existing(year, ct)).Map(loaded => new P.GetRoundResponse { Round = View(loaded) }));

    public async Task<Either<RoundFailure, P.ListRoundsResponse>> ListRounds(P.ListRoundsRequest request, RoundCaller caller, CancellationToken ct = default)
    {
        if (caller.Lacks(RoundRoles.Read, RoundRoles.Office, RoundRoles.LeadingGroup, RoundRoles.Inspector) is { } role) return Denied<P.ListRoundsResponse>(role, caller);
        var response = new P.ListRoundsResponse();
        foreach (var stream in await store.ListStreamsAsync("round-", ct))
            if (RoundNames.YearOf(stream) is { } year)
            {
                var loaded = await TryLoad(year, ct);
                if (loaded.IsLeft) return loaded.Map(_ => response);
                response.Rounds.Add(View(loaded.RightToSeq().Head));
            }
        return response;
    }

    public Task<Either<RoundFailure, P.GetSelfEvaluationResponse>> GetSelfEvaluation(P.GetSelfEvaluationRequest request, RoundCaller caller, CancellationToken ct = default) =>
        WithUnit(request.UnitCode, "unit_code", unit =>
            Guarded(caller.Lacks(RoundRoles.Unit(unit), RoundRoles.Read, RoundRoles.Office, RoundRoles.LeadingGroup), caller, request.Year, async year =>
                (await Existing(year, ct)).Bind(loaded => InRound(loaded, unit).Map(sources =>
                {
                    var response = new P.GetSelfEvaluationResponse { SelfEvaluation = SelfView(loaded, sources) };
                    var i = 0;
                    foreach (var v in sources.SelfEvaluations)
                        response.Versions.Add(SelfVersion(loaded, unit, v, ++i == sources.SelfEvaluations.Count ? loaded.VersionOf(RoundNames.SelfEvaluation(year, unit)) : 0));
                    return response;
                }))));

    public Task<Either<RoundFailure, P.SubmitSelfEvaluationResponse>> SubmitSelfEvaluation(P.SubmitSelfEvaluationRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        WithUnit(request.UnitCode, "unit_code", unit =>
            Guarded(caller.Lacks(RoundRoles.Unit(unit)), caller, request.Year, async year =>
            {
                if (request.Figures is null) return Invalid<P.SubmitSelfEvaluationResponse>(Problem.Of(ValueReasons.Required).Under(new Step.Wire("figures")));
                var figures = FiguresMapping.ToDomain(request.Figures).Under(new Step.Wire("figures"));
                if (figures.IsFail) return Left<RoundFailure, P.SubmitSelfEvaluationResponse>(new RoundFailure.Invalid(figures.FailToSeq()));
                var command = new RoundCommand.SubmitSelfEvaluation(unit, figures.SuccessToSeq().Head, caller.Actor, Now());
                return (await Write(year, request.Etag, _ => RoundNames.SelfEvaluation(year, unit),
                        loaded => WithinTable(loaded.State, command.Figures).MapFail(p => p.Under(new Step.Wire("figures"))).ToEither()
                            .MapLeft(ps => (RoundFailure)new RoundFailure.Invalid(ps)).Bind(_ => Decide(command, loaded, language)), ct))
                    .Map(loaded => new P.SubmitSelfEvaluationResponse { SelfEvaluation = SelfView(loaded, loaded.State.Unit(unit).IfNone(UnitSources.None(unit))) });
            }));

    public Task<Either<RoundFailure, P.SubmitDepartmentFiguresResponse>> SubmitDepartmentFigures(P.SubmitDepartmentFiguresRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        WithUnit(request.UnitCode, "unit_code", unit =>
        {
            var role = request.Figures is null ? RoundRoles.DepartmentPrefix + "…" : RoundRoles.Department(request.Figures.Department);
            return Guarded(caller.Lacks(role), caller, request.Year, async year =>
            {
                if (request.Figures is null) return Invalid<P.SubmitDepartmentFiguresResponse>(Problem.Of(ValueReasons.Required).Under(new Step.Wire("figures")));
                var figures = EvaluationMapping.Department(request.Figures).Under(new Step.Wire("figures"));
                if (figures.IsFail) return Left<RoundFailure, P.SubmitDepartmentFiguresResponse>(new RoundFailure.Invalid(figures.FailToSeq()));
                var department = figures.SuccessToSeq().Head;
                var mask = MaskOf(request.UpdateMask);
                if (mask.IsFail) return Left<RoundFailure, P.SubmitDepartmentFiguresResponse>(new RoundFailure.Invalid(mask.FailToSeq()));
                var command = new RoundCommand.SubmitDepartmentFigures(unit, department, caller.Actor, Now()) { Mask = mask.SuccessToSeq().Head };
                return (await Write(year, request.Etag, _ => RoundNames.Department(year, unit, department.Department), loaded => Decide(command, loaded, language), ct))
                    .Map(loaded => new P.SubmitDepartmentFiguresResponse
                    {
                        Department = DepartmentView(loaded, unit, loaded.State.Unit(unit).Map(u => u.DepartmentHistory(department.Department)).IfNone(Seq<DepartmentFiguresVersion>())),
                    });
            });
        });

    public Task<Either<RoundFailure, P.RecordFindingResponse>> RecordFinding(P.RecordFindingRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        WithUnit(request.UnitCode, "unit_code", unit =>
            Guarded(caller.Lacks(RoundRoles.Inspector), caller, request.Year, async year =>
            {
                if (FindingIdProblem(request.FindingId) is { } bad) return Invalid<P.RecordFindingResponse>(bad);
                if (request.Finding is null) return Invalid<P.RecordFindingResponse>(Problem.Of(ValueReasons.Required).Under(new Step.Wire("finding")));
                var finding = EvaluationMapping.Finding(request.Finding).Under(new Step.Wire("finding"));
                if (finding.IsFail) return Left<RoundFailure, P.RecordFindingResponse>(new RoundFailure.Invalid(finding.FailToSeq()));
                var id = new FindingId(request.FindingId);
                var command = new RoundCommand.RecordFinding(id, unit, finding.SuccessToSeq().Head, request.Inspector, caller.Actor, Now());
                return (await Write(year, "", _ => RoundNames.Finding(year, id), loaded => Decide(command, loaded, language), ct))
                    .Map(loaded => new P.RecordFindingResponse { Finding = FindingView(loaded, loaded.State.Finding(id).IfNone(() => throw new InvalidOperationException("recorded finding missing"))) });
            }));

    public Task<Either<RoundFailure, P.WithdrawFindingResponse>> WithdrawFinding(P.WithdrawFindingRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.Inspector), caller, request.Year, async year =>
        {
            if (FindingIdProblem(request.FindingId) is { } bad) return Invalid<P.WithdrawFindingResponse>(bad);
            var id = new FindingId(request.FindingId);
            var command = new RoundCommand.WithdrawFinding(id, request.Reason, caller.Actor, Now());
            return (await Write(year, request.Etag, _ => RoundNames.Finding(year, id), loaded => Decide(command, loaded, language), ct))
                .Map(loaded => new P.WithdrawFindingResponse { Finding = FindingView(loaded, loaded.State.Finding(id).IfNone(() => throw new InvalidOperationException("withdrawn finding missing"))) });
        });

    public Task<Either<RoundFailure, P.EvaluateRoundResponse>> EvaluateRound(P.EvaluateRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.Office, RoundRoles.LeadingGroup, RoundRoles.Read), caller, request.Year, async year =>
            (await Existing(year, ct)).Bind(loaded => Evaluation(loaded.State, language).Map(e =>
            {
                e.Stamp.RoundChainHead = loaded.Head;
                return new P.EvaluateRoundResponse { Evaluation = e, Etag = Etag(loaded.Version) };
            })));

    public Task<Either<RoundFailure, P.ApproveRoundResponse>> ApproveRound(P.ApproveRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.LeadingGroup), caller, request.Year, async year =>
        {
            var command = new RoundCommand.Approve(request.EvaluationDigest, caller.Actor, Now());
            return (await Write(year, request.Etag, _ => RoundNames.Round(year), loaded => Decide(command, loaded, language), ct))
                .Map(loaded => new P.ApproveRoundResponse { Round = View(loaded) });
        });

    public Task<Either<RoundFailure, P.ReopenRoundResponse>> ReopenRound(P.ReopenRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.Office), caller, request.Year, async year =>
        {
            var command = new RoundCommand.Reopen(request.Reason, caller.Actor, Now());
            return (await Write(year, request.Etag, _ => RoundNames.Round(year), loaded => Decide(command, loaded, language), ct))
                .Map(loaded => new P.ReopenRoundResponse { Round = View(loaded) });
        });

    public Task<Either<RoundFailure, P.PublishNoticeResponse>> PublishNotice(P.PublishNoticeRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.LeadingGroup), caller, request.Year, async year =>
        {
            var issuedOn = RoundMapping.IssuedOn(request.IssuedOn).Bind(d => d.IsSome ? Valid.Ok(d) : Valid.Fail<Option<DateOnly>>(Place.Whole, ValueReasons.Required))
                .Under(new Step.Wire("issued_on"));
            if (issuedOn.IsFail) return Left<RoundFailure, P.PublishNoticeResponse>(new RoundFailure.Invalid(issuedOn.FailToSeq()));
            var command = new RoundCommand.PublishNotice(request.EvaluationDigest, request.NoticeNumber, issuedOn.SuccessToSeq().Head, caller.Actor, Now());
            return (await Write(year, request.Etag, _ => RoundNames.Round(year), loaded => Decide(command, loaded, language), ct))
                .Map(loaded => new P.PublishNoticeResponse { Round = View(loaded) });
        });

    public Task<Either<RoundFailure, P.CloseSubmissionsResponse>> CloseSubmissions(P.CloseSubmissionsRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.Office), caller, request.Year, async year =>
        {
            var command = new RoundCommand.CloseSubmissions(request.Reason, caller.Actor, Now());
            return (await Write(year, request.Etag, _ => RoundNames.Round(year), loaded => Decide(command, loaded, language), ct))
                .Map(loaded => new P.CloseSubmissionsResponse { Round = View(loaded) });
        });

    public Task<Either<RoundFailure, P.ReopenSubmissionsResponse>> ReopenSubmissions(P.ReopenSubmissionsRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.Office), caller, request.Year, async year =>
        {
            var command = new RoundCommand.ReopenSubmissions(request.Reason, caller.Actor, Now());
            return (await Write(year, request.Etag, _ => RoundNames.Round(year), loaded => Decide(command, loaded, language), ct))
                .Map(loaded => new P.ReopenSubmissionsResponse { Round = View(loaded) });
        });

    public Task<Either<RoundFailure, P.ListRoundEventsResponse>> ListRoundEvents(P.ListRoundEventsRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.Read, RoundRoles.Office, RoundRoles.LeadingGroup, RoundRoles.Inspector), caller, request.Year, async year =>
        {
            Option<UnitCode> only = None;
            if (request.UnitCode.Length > 0)
            {
                var code = UnitCode.Create(new Step.Wire("unit_code"), request.UnitCode);
                if (code.IsFail) return Left<RoundFailure, P.ListRoundEventsResponse>(new RoundFailure.Invalid(code.FailToSeq()));
                only = code.SuccessToSeq().Head;
            }
            var existing = await Existing(year, ct);
            if (existing.IsLeft) return existing.Map(_ => new P.ListRoundEventsResponse());
            var stored = await store.ReadStreamAsync(RoundNames.Stream(year), 1, ct);
            var response = new P.ListRoundEventsResponse();
            response.Entries.AddRange(RoundHistory.Entries(year, stored.Select(s => (s, Decode(s))).ToList(), only, UnitNamesOf(), language));
            return Right<RoundFailure, P.ListRoundEventsResponse>(response);
        });

    public Task<Either<RoundFailure, P.ExportRoundResponse>> ExportRound(P.ExportRoundRequest request, RoundCaller caller, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.Office, RoundRoles.Read), caller, request.Year, async year =>
        {
            var existing = await Existing(year, ct);
            if (existing.IsLeft) return existing.Map(_ => new P.ExportRoundResponse());
            var stored = await store.ReadStreamAsync(RoundNames.Stream(year), 1, ct);
            if (EventChain.Verify(StreamHead.None, stored, null) is ChainVerdict.Broken b) return Break(year, b);
            var export = new P.RoundExport { Year = year, KernelVersion = ResultStamps.KernelVersion, ChainHead = stored[^1].Hash };
            export.Events.AddRange(stored.Select(s => Parser.Parse<P.RoundEvent>(s.Payload)));
            export.Chain.AddRange(stored.Select(RoundExports.Chained));
            var state = RoundDecider.Fold(stored.Select(Decode).ToSeq());
            export.EvaluationDigest = Evaluation(state, Languages.Default).Match(e => e.Stamp.InputSha256, _ => "");
            Signing.Sign(export);
            return Right<RoundFailure, P.ExportRoundResponse>(new P.ExportRoundResponse { Export = export });
        });

    /// <summary>
    /// Recomputes the round's chain from every event the store holds and says whether it is intact (how many events,
    /// the head) or where it first breaks; a broken round then takes no write.
    /// </summary>
    public Task<Either<RoundFailure, P.VerifyRoundResponse>> VerifyRound(P.VerifyRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(RoundRoles.Read, RoundRoles.Office, RoundRoles.LeadingGroup, RoundRoles.Inspector, RoundRoles.Admin), caller, request.Year, async year =>
        {
            var stream = RoundNames.Stream(year);
            var head = await store.ReadHeadAsync(stream, ct);
            var stored = await store.ReadStreamAsync(stream, 1, ct);
            if (stored.Count == 0 && head.Version == 0) return NotFound<P.VerifyRoundResponse>(year);
            var verdict = EventChain.Verify(StreamHead.None, stored, head);
            if (verdict is ChainVerdict.Broken b) Break(year, b);
            return Right<RoundFailure, P.VerifyRoundResponse>(RoundExports.Verdict(year, stored.Count, verdict, language));
        });

    /// <summary>
    /// A figures workbook or an evaluation file into an open round, or a round's export into a store without it: every
    /// command decided in turn on the state the ones before it leave, and the events appended in one append (one
    /// transaction): all of them, or, with every problem named, none.
    /// </summary>
    public Task<Either<RoundFailure, P.ImportRoundResponse>> ImportRound(P.ImportRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(caller.Lacks(request.SourceCase == P.ImportRoundRequest.SourceOneofCase.RoundExport ? RoundRoles.Admin : RoundRoles.Office), caller, request.Year, async year =>
        {
            if (request.SourceCase == P.ImportRoundRequest.SourceOneofCase.RoundExport)
                return await Restore(year, request.RoundExport, caller, language, ct);
            var submissions = request.SourceCase switch
            {
                P.ImportRoundRequest.SourceOneofCase.FiguresWorkbook => FromWorkbook(request.FiguresWorkbook.ToByteArray()),
                P.ImportRoundRequest.SourceOneofCase.Evaluation => FromEvaluation(request.Evaluation),
                _ => Left<RoundFailure, (Seq<UnitSubmission>, Func<Problem, Problem>)>(new RoundFailure.Invalid(Seq1(Problem.Of(RoundReasons.ImportEmpty)))),
            };
            if (submissions.IsLeft) return Left<RoundFailure, P.ImportRoundResponse>(submissions.LeftToSeq().Head);
            var (units, place) = submissions.RightToSeq().Head;
            if (units.IsEmpty) return Invalid<P.ImportRoundResponse>(place(Problem.Of(RoundReasons.ImportNothing)));
            var before = 0L;
            return (await Write(year, request.Etag, _ => RoundNames.Round(year), loaded =>
                {
                    before = loaded.Version;
                    return ImportEvents(loaded, units, place, caller.Actor, Now(), language);
                }, ct))
                .Map(loaded => new P.ImportRoundResponse { Round = View(loaded), Events = (int)(loaded.Version - before) });
        });

    // ---- the evaluation ----

    /// <summary>The round's evaluation: <see cref="ScoringApi.Evaluate"/> on its sources, under the rule set it opened on.</summary>
    public Either<RoundFailure, P.EvaluateResponse> Evaluation(RoundState state, Language language = Languages.Default)
    {
        if (state.Opening.IsNone) return new RoundFailure.Refused(Seq1(Problem.Of(RoundReasons.RoundNotOpen)));
        var opening = state.Opening.IfNone(() => throw new InvalidOperationException());
        var missing = RoundSources.Missing(state);
        if (!missing.IsEmpty) return new RoundFailure.Refused(Seq1(RoundProblems.SelfEvaluationsMissing(missing, RoundProblems.Evaluate)));
        var entry = scoring.Catalog.Find(opening.RuleSet.Id);
        if (entry.IsNone || entry.Exists(e => e.Rules.Version != opening.RuleSet.Version))
            return new RoundFailure.Refused(Seq1(Problem.Of(RoundReasons.RuleSetOfRoundUnknown, new Arg.Typed($"{opening.RuleSet.Id}@{opening.RuleSet.Version}"))));
        return scoring.Evaluate(EvaluateRequestOf(state), language)
            .MapLeft(f => (RoundFailure)new RoundFailure.Refused(f.All));
    }

    /// <summary>The evaluation request a round's sources make: the same one an office could send to Evaluate.</summary>
    public static P.EvaluateRequest EvaluateRequestOf(RoundState state)
    {
        var request = new P.EvaluateRequest { RuleSetId = state.Opening.Map(o => o.RuleSet.Id).IfNone("") };
        request.Submissions.AddRange(RoundSources.Submissions(state).Map(RoundMapping.FromDomain));
        return request;
    }

    /// <summary>The digest the decider compares an approval with: the stamp's input_sha256 of the evaluation, none if there is none.</summary>
    public Option<string> CurrentDigest(RoundState state) =>
        Evaluation(state).Match(e => Some(e.Stamp.InputSha256), _ => None);

    // ---- loading and writing ----

    /// <summary>The round as the store holds it now (the cached fold, brought up to date with the events after it);
    /// throws when its chain is broken (tests read with it; the calls answer the failure, <see cref="TryLoad"/>).</summary>
    public async Task<LoadedRound> Load(int year, CancellationToken ct = default) =>
        (await TryLoad(year, ct)).Match(l => l, f => throw new InvalidDataException(string.Join("; ", f.Problems.Map(p => ProblemWords.Sentence(p, Language.En)))));

    /// <summary>The round as the store holds it now, or, when its chain breaks, why (the round then takes no write).</summary>
    public async Task<Either<RoundFailure, LoadedRound>> TryLoad(int year, CancellationToken ct = default)
    {
        if (broken.TryGetValue(year, out var failure)) return failure;
        var cached = cache.GetOrAdd(year, LoadedRound.Empty);
        var stream = RoundNames.Stream(year);
        // The head first: events read after it reach at least it (a write landing in between only adds events).
        var head = await store.ReadHeadAsync(stream, ct);
        var newer = await store.ReadStreamAsync(stream, cached.Version + 1, ct);
        return CatchUp(year, cached, head, newer);
    }

    /// <summary>The cached round brought up to date with <paramref name="newer"/>, each event checked against the chain
    /// and the store's recorded head; a break is remembered, counted and told.</summary>
    private Either<RoundFailure, LoadedRound> CatchUp(int year, LoadedRound cached, StreamHead recorded, IReadOnlyList<StoredEvent> newer)
    {
        if (EventChain.Verify(new StreamHead(cached.Version, cached.Head), newer, recorded) is ChainVerdict.Broken b) return Break(year, b);
        if (newer.Count == 0) return cached;
        var loaded = newer.Aggregate(cached, (r, s) => r.Then(Decode(s), s.Hash));
        Remember(loaded);
        return loaded;
    }

    private RoundFailure Break(int year, ChainVerdict.Broken b)
    {
        var failure = new RoundFailure.Refused(Seq1(RoundExports.BrokenProblem(year, b)));
        if (broken.TryAdd(year, failure))
        {
            Interlocked.Increment(ref chainBreaks);
            OnChainBroken?.Invoke(year, ProblemWords.Sentence(failure.Problems.Head, Language.En) + $" (expected {b.Expected}, found {b.Found})");
        }
        return broken[year];
    }

    private void Remember(LoadedRound loaded) =>
        cache.AddOrUpdate(loaded.Year, loaded, (_, old) => old.Version >= loaded.Version ? old : loaded);

    /// <summary>
    /// Under the round's stream lock: brings the round up to date, checks the etag of the resource written, decides, and
    /// appends what was decided. A stale etag is ABORTED and nothing is written; nothing is retried.
    /// </summary>
    private async Task<Either<RoundFailure, LoadedRound>> Write(int year, string etag, Func<LoadedRound, string> resource,
        Func<LoadedRound, Either<RoundFailure, Seq<RoundEvent>>> decide, CancellationToken ct)
    {
        long? expected = null;
        if (etag.Length > 0)
        {
            if (!TryEtag(etag, out var e)) return new RoundFailure.Invalid(Seq1(Problem.Of(RoundReasons.EtagMalformed, new Arg.Typed(etag)).Under(new Step.Wire("etag"))));
            expected = e;
        }
        if (broken.TryGetValue(year, out var failure)) return failure;
        var cached = cache.GetOrAdd(year, LoadedRound.Empty);
        Either<RoundFailure, LoadedRound> outcome = cached;
        var basis = cached;
        var appended = await store.AppendExclusiveAsync(RoundNames.Stream(year), cached.Version, (head, newer) =>
        {
            outcome = CatchUp(year, cached, head, newer);
            if (outcome.IsLeft) return [];
            var loaded = outcome.RightToSeq().Head;
            var current = loaded.VersionOf(resource(loaded));
            if (expected is { } given && given != current)
            {
                outcome = new RoundFailure.Stale(Problem.Of(RoundReasons.EtagStale, new Arg.Code(etag), new Arg.Code(Etag(current))).Under(new Step.Wire("etag")), etag, Etag(current));
                return [];
            }
            var decided = decide(loaded);
            if (decided.IsLeft)
            {
                outcome = decided.Map(_ => loaded);
                return [];
            }
            basis = loaded;
            return decided.RightToSeq().Head.Map(e => ToStored(e, loaded.Head)).ToList();
        }, ct);
        if (appended.Count == 0) return outcome;
        var after = appended.Aggregate(basis, (r, s) => r.Then(Decode(s), s.Hash));
        Remember(after);
        return after;
    }

    private Either<RoundFailure, Seq<RoundEvent>> Decide(RoundCommand command, LoadedRound loaded, Language language)
    {
        if (!loaded.Exists && command is not RoundCommand.OpenRound) return new RoundFailure.Missing(RoundNotFound(loaded.Year));
        return RoundDecider.Decide(command, loaded.State, CurrentDigest).ToEither().MapLeft(rs => Failure(rs, Placed(command, rs)));
    }

    /// <summary>A refusal is FAILED_PRECONDITION when the round's state is why, INVALID_ARGUMENT when the command itself is.</summary>
    private static RoundFailure Failure(Seq<RoundRefusal> refusals) => Failure(refusals, RoundProblems.Of(refusals));

    private static RoundFailure Failure(Seq<RoundRefusal> refusals, Seq<Problem> problems) =>
        refusals.Exists(r => StateReasons.Contains(r.Reason))
            ? new RoundFailure.Refused(problems)
            : new RoundFailure.Invalid(problems);

    /// <summary>
    /// The refusals of a command as problems at the request's fields: a figure in what the command carries under the
    /// field that carries it (<c>figures.figures[2].value</c>, <c>finding.figure.village.name</c>,
    /// <c>figures.unit_code</c>), and the request's own fields (<c>unit_code</c>, <c>finding_id</c>, <c>inspector</c>,
    /// <c>reason</c>).
    /// </summary>
    private static Seq<Problem> Placed(RoundCommand command, Seq<RoundRefusal> refusals)
    {
        var carried = command switch
        {
            RoundCommand.SubmitSelfEvaluation or RoundCommand.SubmitDepartmentFigures => "figures",
            RoundCommand.RecordFinding => "finding",
            _ => null,
        };
        return refusals.Map(r =>
        {
            var problem = RoundProblems.Of(command, Seq1(r)).Head;
            if (!problem.At.Steps.IsEmpty) return carried is null ? problem : problem.Under(new Step.Wire(carried));
            return r.Reason switch
            {
                RoundRefusalReason.UnitNotInRound => problem.Under(new Step.Wire("unit_code")),
                RoundRefusalReason.FindingIdRequired or RoundRefusalReason.FindingExists or RoundRefusalReason.FindingUnknown
                    or RoundRefusalReason.FindingWithdrawn => problem.Under(new Step.Wire("finding_id")),
                RoundRefusalReason.InspectorRequired => problem.Under(new Step.Wire("inspector")),
                RoundRefusalReason.ReasonRequired => problem.Under(new Step.Wire("reason")),
                RoundRefusalReason.NoticeNumberRequired => problem.Under(new Step.Wire("notice_number")),
                RoundRefusalReason.StaleDigest or RoundRefusalReason.DigestNotApproved => problem.Under(new Step.Wire("evaluation_digest")),
                _ => problem,
            };
        }).Strict();
    }

    private static readonly System.Collections.Generic.HashSet<RoundRefusalReason> StateReasons =
    [
        RoundRefusalReason.RoundNotOpen, RoundRefusalReason.RoundAlreadyOpen, RoundRefusalReason.RoundApproved, RoundRefusalReason.FindingExists,
        RoundRefusalReason.FindingWithdrawn, RoundRefusalReason.SelfEvaluationsMissing, RoundRefusalReason.EvaluationUnavailable,
        RoundRefusalReason.StaleDigest, RoundRefusalReason.NotApproved, RoundRefusalReason.AlreadyApproved, RoundRefusalReason.DigestNotApproved,
        RoundRefusalReason.AlreadyPublished, RoundRefusalReason.FindingUnknown,
        RoundRefusalReason.SubmissionsClosed, RoundRefusalReason.SubmissionsAlreadyClosed, RoundRefusalReason.SubmissionsNotClosed,
        RoundRefusalReason.DepartmentFiguresWouldBeRemoved,
    ];

    /// <summary>
    /// An update mask's paths as the figures they name (<see cref="FigureKeys"/>): absent is the whole set, <c>*</c>
    /// the whole set replacing the old one; a path that names no figure is refused at <c>update_mask.paths[i]</c>.
    /// </summary>
    private static Validation<Problem, DepartmentFiguresMask> MaskOf(Google.Protobuf.WellKnownTypes.FieldMask? mask)
    {
        if (mask is null) return Valid.Ok(DepartmentFiguresMask.WholeSet);
        if (mask.Paths is [ "*" ]) return Valid.Ok(DepartmentFiguresMask.Replace);
        return Valid.Each(i => new Step.Element(i), mask.Paths, path => FigureKeys.Parse(path).Match(
                f => Valid.Ok(f),
                () => Valid.Fail<Core.Evaluation.FigureRef>(Place.Whole, RoundReasons.MaskPathUnknown, new Arg.Typed(path), new Arg.Code(FigureKeys.Forms))))
            .Under(new Step.Wire("paths")).Under(new Step.Wire("update_mask"))
            .Map(DepartmentFiguresMask.Of);
    }

    /// <summary>
    /// A self-evaluation lists no more poor villages than the round's target table gives the unit: refused at
    /// submission, not left for the evaluation to find.
    /// </summary>
    private Validation<Problem, Unit> WithinTable(RoundState state, UnitFigures figures) =>
        state.Opening.Bind(o => scoring.Catalog.Find(o.RuleSet.Id)).Bind(e => e.Targets.Find(figures.Unit)).Match(
            targets => Core.Assessing.Assessor.VillagesWithinTable(targets, figures),
            () => Valid.Ok(unit));

    // ---- import ----

    /// <summary>
    /// A workbook's submissions, and where a problem of the import stands: at the cell its figure came from
    /// (<c>单位指标!I7</c>, the unit and the column), within <c>figures_workbook</c>. A problem found reading it, one the
    /// mapping finds, and one the decider finds are all named by sheet and cell.
    /// </summary>
    private static Either<RoundFailure, (Seq<UnitSubmission>, Func<Problem, Problem>)> FromWorkbook(byte[] bytes)
    {
        var step = new Step.Wire("figures_workbook");
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
        Submissions(request.Submissions, p => p.Under(new Step.Wire("evaluation")));

    private static Either<RoundFailure, (Seq<UnitSubmission>, Func<Problem, Problem>)> Submissions(IEnumerable<P.UnitSubmission> submissions, Func<Problem, Problem> place) =>
        Valid.Each(i => new Step.Submission(i, null), submissions, EvaluationMapping.ToDomain).ToEither()
            .MapLeft(ps => (RoundFailure)new RoundFailure.Invalid(ps.Map(place).Strict()))
            .Map(s => (s, place));

    private Either<RoundFailure, Seq<RoundEvent>> ImportEvents(LoadedRound loaded, Seq<UnitSubmission> submissions, Func<Problem, Problem> place, Actor actor, DateTimeOffset at, Language language)
    {
        if (!loaded.Exists) return new RoundFailure.Missing(RoundNotFound(loaded.Year));
        var state = loaded.State;
        var events = new List<RoundEvent>();
        var refusals = new List<RoundRefusal>();
        var problems = new List<Problem>();
        void Take(RoundCommand command, Step[] at)
        {
            RoundDecider.Decide(command, state, CurrentDigest).Match(
                evs => { foreach (var e in evs) { events.Add(e); state = RoundDecider.Evolve(state, e); } },
                rs => { refusals.AddRange(rs); problems.AddRange(RoundProblems.Of(command, rs).Map(p => place(p.Under(at)))); });
        }
        var i = 0;
        foreach (var s in submissions)
        {
            var unit = s.SelfEvaluation.Unit;
            var sub = new Step.Submission(i++, unit);
            problems.AddRange(WithinTable(state, s.SelfEvaluation).FailToSeq().Map(p => place(p.Under(sub, Step.SelfEvaluation.Instance))));
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
            return Failure(refusals.ToSeq()) is RoundFailure.Refused ? new RoundFailure.Refused(problems.ToSeq()) : new RoundFailure.Invalid(problems.ToSeq());
        return events.ToSeq();
    }

    /// <summary>
    /// A round's export into a store without that round, decided again (<see cref="RoundReplay"/>): an event the decider
    /// would not have given on the events before it refuses the whole import, naming it. A signed export whose key this
    /// server trusts keeps its events as they were recorded (actors, times, the same chain); any other records each
    /// event as the importer's, now, with the file's actor and time kept as a claim.
    /// </summary>
    private async Task<Either<RoundFailure, P.ImportRoundResponse>> Restore(int year, P.RoundExport export, RoundCaller caller, Language language, CancellationToken ct)
    {
        var at = new[] { new Step.Wire("round_export") };
        if (export.Year != year) return new RoundFailure.Invalid(Seq1(Problem.Of(RoundReasons.ExportOtherRound, export.Year, year).Under(at)));
        if (export.Events.Count == 0) return new RoundFailure.Invalid(Seq1(Problem.Of(RoundReasons.ImportNothing).Under(new Step.Wire("events")).Under(at)));
        var stream = RoundNames.Stream(year);
        var signed = RoundExports.Signed(export);
        if (signed.IsLeft) return new RoundFailure.Invalid(signed.LeftToSeq().Head.Map(p => p.Under(at)).Strict());
        var trusted = signed.RightToSeq().Head && Signing.Trusts(export.SignerPublicKey);
        var events = Valid.Each(i => new Step.Element(i), export.Events, RoundMapping.ToDomain).Under(new Step.Wire("events")).Under(at);
        if (events.IsFail) return new RoundFailure.Invalid(events.FailToSeq());
        var now = Now();
        var original = events.SuccessToSeq().Head;
        var replayed = trusted ? original : original.Map(e => e with { Actor = caller.Actor, At = now }).Strict();
        var redecided = RoundReplay.Redecide(replayed, CurrentDigest, (a, b) => Json.Format(RoundMapping.FromDomain(a)) == Json.Format(RoundMapping.FromDomain(b)));
        if (redecided.IsLeft)
        {
            var (index, refusals) = redecided.LeftToSeq().Head;
            var under = new Step[] { new Step.Element(index), new Step.Wire("events"), at[0] };
            var e = replayed[index];
            var problems = Seq1(Problem.Of(RoundReasons.ExportEventRefused, index + 1, new Arg.Code(RoundMapping.TypeOf(e))).Under(under))
                + RoundProblems.Of(RoundReplay.CommandOf(e), refusals).Map(p => p.Under(under));
            return refusals.IsEmpty || Failure(refusals) is RoundFailure.Refused ? new RoundFailure.Refused(problems.Strict()) : new RoundFailure.Invalid(problems.Strict());
        }
        if (export.EvaluationDigest.Length > 0 && CurrentDigest(redecided.RightToSeq().Head) is var digest && digest != Some(export.EvaluationDigest))
            return new RoundFailure.Refused(Seq1(Problem.Of(RoundReasons.StaleDigest, new Arg.Code(export.EvaluationDigest), new Arg.Code(digest.IfNone(""))).Under(at)));
        var stored = trusted
            ? export.Chain.Select(c => new NewEvent(c.Type, c.Payload, c.Actor, RoundExports.Time(c.RecordedTime))).ToList()
            : RoundExports.Claimed(stream, replayed, original, now);
        var result = await store.AppendAsync(stream, 0, stored, ct);
        if (result is AppendResult.Conflict) return new RoundFailure.Refused(Seq1(Problem.Of(RoundReasons.RoundExists, year).Under(new Step.Wire("year"))));
        return (await Existing(year, ct)).Map(loaded => new P.ImportRoundResponse { Round = View(loaded), Events = replayed.Count });
    }

    // ---- views ----

    private UnitNames UnitNamesOf() => UnitNames.Of(scoring.Catalog.Find(null).Map(e => e.Targets).IfNone(() => throw new InvalidOperationException("no rule set")));

    public P.Round View(LoadedRound loaded)
    {
        var s = loaded.State;
        var names = UnitNamesOf();
        var round = new P.Round
        {
            Name = RoundNames.Round(loaded.Year),
            Etag = Etag(loaded.Version),
            Year = loaded.Year,
            ChainHead = loaded.Head,
            Status = s.Status switch
            {
                RoundStatus.Open => P.RoundStatus.Open,
                RoundStatus.Approved => P.RoundStatus.Approved,
                RoundStatus.Published => P.RoundStatus.Published,
                RoundStatus.Closed => P.RoundStatus.Closed,
                RoundStatus.NotOpen => P.RoundStatus.Unspecified,
            },
        };
        s.Opening.IfSome(o =>
        {
            round.RuleSet = new P.RoundRuleSet { Id = o.RuleSet.Id, Version = o.RuleSet.Version, Digest = o.RuleSet.Digest };
            round.TargetTableDigest = o.TargetTableDigest;
            round.Opened = RoundMapping.Mark(o.OpenedBy, o.OpenedAt);
        });
        var active = s.ActiveFindings;
        foreach (var u in s.Units)
        {
            var unit = new P.RoundUnit
            {
                UnitCode = u.Unit.Value,
                UnitName = names.Name(u.Unit),
                SelfEvaluation = SelfView(loaded, u),
                Findings = active.Count(f => f.Unit == u.Unit),
            };
            foreach (var (_, history) in u.Departments)
                unit.Departments.Add(DepartmentView(loaded, u.Unit, history));
            if (u.SelfEvaluations.IsEmpty) unit.Missing.Add("selfEvaluation");
            foreach (var d in Enum.GetValues<Core.Attachment1.Department>())
                if (u.Departments.Find(d).IsNone) unit.Missing.Add($"departments/{EnumMapping.FromDomain(d).WireName()}");
            round.Units.Add(unit);
        }
        round.Findings.AddRange(s.Findings.Map(f => FindingView(loaded, f)));
        s.Approval.IfSome(a => round.Approval = new P.RoundApproval { EvaluationDigest = a.EvaluationDigest, Approved = RoundMapping.Mark(a.ApprovedBy, a.ApprovedAt), ChainHead = loaded.ApprovalHead });
        s.Publication.IfSome(p => round.Publication = new P.RoundApproval
        {
            EvaluationDigest = p.EvaluationDigest, Approved = RoundMapping.Mark(p.PublishedBy, p.PublishedAt), ChainHead = loaded.PublicationHead,
            NoticeNumber = p.NoticeNumber, IssuedOn = RoundMapping.Date(p.IssuedOn),
        });
        s.SubmissionsClosing.IfSome(c => round.SubmissionsClosing = new P.RoundSubmissionsClosing { Reason = c.Reason, Closed = RoundMapping.Mark(c.ClosedBy, c.ClosedAt) });
        round.Reopenings.AddRange(s.Reopenings.Map(r => new P.RoundReopening { SetAsideDigest = r.SetAside.EvaluationDigest, Reason = r.Reason, Reopened = RoundMapping.Mark(r.ReopenedBy, r.ReopenedAt) }));
        round.MissingSelfEvaluations.AddRange(RoundSources.Missing(s).Map(u => u.Value));
        return round;
    }

    private static P.SelfEvaluation SelfView(LoadedRound loaded, UnitSources u) =>
        u.LatestSelfEvaluation.Match(
            v => SelfVersion(loaded, u.Unit, v, loaded.VersionOf(RoundNames.SelfEvaluation(loaded.Year, u.Unit))),
            () => new P.SelfEvaluation { Name = RoundNames.SelfEvaluation(loaded.Year, u.Unit), Etag = Etag(0) });

    private static P.SelfEvaluation SelfVersion(LoadedRound loaded, UnitCode unit, SelfEvaluationVersion v, long etag) => new()
    {
        Name = RoundNames.SelfEvaluation(loaded.Year, unit),
        Etag = etag == 0 ? "" : Etag(etag),
        Version = v.Version,
        Figures = FiguresMapping.FromDomain(v.Figures),
        Submitted = RoundMapping.Mark(v.SubmittedBy, v.SubmittedAt),
    };

    private static P.DepartmentSubmission DepartmentView(LoadedRound loaded, UnitCode unit, Seq<DepartmentFiguresVersion> history) =>
        history.LastOrNone().Match(
            v => new P.DepartmentSubmission
            {
                Name = RoundNames.Department(loaded.Year, unit, v.Figures.Department),
                Etag = Etag(loaded.VersionOf(RoundNames.Department(loaded.Year, unit, v.Figures.Department))),
                Version = v.Version,
                Figures = RoundMapping.FromDomain(v.Figures),
                Submitted = RoundMapping.Mark(v.SubmittedBy, v.SubmittedAt),
            },
            () => new P.DepartmentSubmission());

    private static P.RoundFinding FindingView(LoadedRound loaded, RecordedFinding f)
    {
        var wire = new P.RoundFinding
        {
            Name = RoundNames.Finding(loaded.Year, f.Id),
            Etag = Etag(loaded.VersionOf(RoundNames.Finding(loaded.Year, f.Id))),
            FindingId = f.Id.Value,
            UnitCode = f.Unit.Value,
            Finding = RoundMapping.FromDomain(f.Finding),
            Inspector = f.Inspector,
            Recorded = RoundMapping.Mark(f.RecordedBy, f.RecordedAt),
            Withdrawn = f.Withdrawal.IsSome,
        };
        f.Withdrawal.IfSome(w =>
        {
            wire.WithdrawalReason = w.Reason;
            wire.Withdrawal = RoundMapping.Mark(w.WithdrawnBy, w.WithdrawnAt);
        });
        return wire;
    }

    // ---- helpers ----

    public static string Etag(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>An etag as the server writes it: decimal digits without a leading zero ("0" itself aside), bare or in
    /// one pair of double quotes; anything else is malformed.</summary>
    public static bool TryEtag(string etag, out long version)
    {
        version = 0;
        var digits = etag.Length >= 2 && etag[0] == '"' && etag[^1] == '"' ? etag[1..^1] : etag;
        return digits.Length is > 0 and <= 18 && digits.All(char.IsAsciiDigit) && (digits.Length == 1 || digits[0] != '0')
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }

    public static NewEvent ToStored(RoundEvent e) => ToStored(e, "");

    /// <summary>The event as stored; an approval or a publication names the chain head it stands on.</summary>
    public static NewEvent ToStored(RoundEvent e, string head, DateTimeOffset? recordedAt = null) =>
        new(RoundMapping.TypeOf(e), Json.Format(Wire(e, head)), e.Actor.Id, recordedAt);

    /// <summary>The event on the wire, an approval or a publication with the chain head it stands on.</summary>
    public static P.RoundEvent Wire(RoundEvent e, string head)
    {
        var wire = RoundMapping.FromDomain(e);
        if (wire.EvaluationApproved is { } approved) approved.ChainHead = head;
        if (wire.NoticePublished is { } published) published.ChainHead = head;
        return wire;
    }

    /// <summary>A stored event back to the domain; the store holds only what this service wrote, so one it cannot read is damage.</summary>
    public static RoundEvent Decode(StoredEvent s) =>
        RoundMapping.ToDomain(Parser.Parse<P.RoundEvent>(s.Payload)).Match(
            e => e,
            ps => throw new InvalidDataException($"stream {s.Stream} version {s.Version} ({s.Type}): {string.Join("; ", ps)}"));

    private DateTimeOffset Now() => clock.GetUtcNow();

    private static Problem RoundNotFound(int year) => Problem.Of(RoundReasons.RoundNotFound, year).Under(new Step.Wire("year"));

    private static Either<RoundFailure, T> NotFound<T>(int year) => new RoundFailure.Missing(RoundNotFound(year));

    private static Either<RoundFailure, T> Invalid<T>(Problem p) => new RoundFailure.Invalid(Seq1(p));

    private static Either<RoundFailure, T> Denied<T>(string role, RoundCaller caller) =>
        new RoundFailure.Denied(Problem.Of(RoundReasons.RoleRequired, new Arg.Code(role), new Arg.Typed(caller.Actor.Id)), role);

    private static Problem? FindingIdProblem(string id) =>
        id.Length is 0 or > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? Problem.Of(RoundReasons.NameMalformed, new Arg.Typed(id), new Arg.Code("[A-Za-z0-9_-]{1,64}")).Under(new Step.Wire("finding_id"))
            : null;

    private async Task<Either<RoundFailure, LoadedRound>> Existing(int year, CancellationToken ct) =>
        (await TryLoad(year, ct)).Bind(loaded => loaded.Exists ? Right<RoundFailure, LoadedRound>(loaded) : new RoundFailure.Missing(RoundNotFound(year)));

    private static Either<RoundFailure, UnitSources> InRound(LoadedRound loaded, UnitCode unit) =>
        loaded.State.Unit(unit).ToEither<RoundFailure>(() => new RoundFailure.Missing(RoundProblems.Of(RoundRefusal.UnitNotInRound(unit)).Under(new Step.Wire("unit_code"))));

    /// <summary>The role first (a caller without it learns nothing of the round), then the year, then the call.</summary>
    private static async Task<Either<RoundFailure, T>> Guarded<T>(string? lacking, RoundCaller caller, int year, Func<int, Task<Either<RoundFailure, T>>> call)
    {
        if (lacking is not null) return Denied<T>(lacking, caller);
        if (year is < MinYear or > MaxYear)
            return new RoundFailure.Invalid(Seq1(Problem.Of(ValueReasons.OutOfRange, year, MinYear, MaxYear).Under(new Step.Wire("year"))));
        return await call(year);
    }

    private static Task<Either<RoundFailure, T>> WithUnit<T>(string code, string field, Func<UnitCode, Task<Either<RoundFailure, T>>> call) =>
        UnitCode.Create(new Step.Wire(field), code).Match(
            call,
            ps => Task.FromResult(Left<RoundFailure, T>(new RoundFailure.Invalid(ps))));

    private static string Sha256(IMessage message) => Convert.ToHexStringLower(SHA256.HashData(message.ToByteArray()));
}
