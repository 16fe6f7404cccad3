using System.Globalization;
using System.Security.Cryptography;
using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using ScoringKernel.Store;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Rounds;

/// <summary>
/// The year's round, kept: each RPC checks the caller's role (<see cref="RoundAccess"/>), then the year; a write turns
/// its request into a <see cref="RoundCommand"/> and hands it to the one load–decide–append handler
/// (<see cref="RoundLog.Handle(int, string, RoundCommand, Func{LoadedRound, string}, CancellationToken, Func{LoadedRound, Either{RoundFailure, Unit}}?)"/>);
/// a read loads the round and shows it (<see cref="RoundViews"/>); imports, exports and verification are
/// <see cref="RoundImports"/>'. The round's evaluation is <see cref="RoundEvaluation"/>: the scoring handler's Evaluate
/// on <see cref="RoundSources.Submissions"/>, whose stamp's input_sha256 an approval names.
/// </summary>
public sealed class RoundService
{
    public const int MinYear = 1900, MaxYear = 9999;

    private readonly RoundLog log;
    private readonly RoundEvaluation evaluation;
    private readonly RoundViews views;
    private readonly RoundImports imports;
    private readonly TimeProvider clock;
    private readonly ScoringApi scoring;

    public RoundService(IEventStore store, ScoringApi scoring, TimeProvider? time = null)
    {
        clock = time ?? TimeProvider.System;
        evaluation = new RoundEvaluation(scoring);
        log = new RoundLog(store, evaluation.CurrentDigest);
        views = new RoundViews(scoring);
        imports = new RoundImports(log, evaluation, views, Now);
        this.scoring = scoring;
    }

    /// <summary>Told once per round whose chain is found broken: the year and the verdict in English (the server logs it).</summary>
    public Action<int, string>? OnChainBroken { get => log.OnChainBroken; init => log.OnChainBroken = value; }

    /// <summary>The server's export signing key and the keys it trusts (none: exports are unsigned, and every export
    /// restored records the importer).</summary>
    public RoundSigning Signing { get; init; } = RoundSigning.None;

    /// <summary>Rounds found with a broken chain since start-up.</summary>
    public long ChainBreaks => log.ChainBreaks;

    /// <inheritdoc cref="RoundLog.EventsDecoded"/>
    public long EventsDecoded => log.EventsDecoded;

    public IEventStore Store => log.Store;

    // ---- writes: request → command → the handler → the view ----

    public Task<Either<RoundFailure, P.OpenRoundResponse>> OpenRound(P.OpenRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(RoundOperation.OpenRound, caller, request.Year, async year =>
        {
            var entry = RuleSetOf(request.RuleSetId, year);
            if (entry.IsLeft) return Left<RoundFailure, P.OpenRoundResponse>(entry.LeftToSeq().Head);
            var e = entry.RightToSeq().Head;
            // The rule set's own digest, the SHA-256 of its file that every result's stamp names: a change of wording in
            // the catalog's labels is no change of the rules.
            var ruleSet = new RuleSetRef(e.Rules.Id, e.Rules.Version, e.Sha256);
            var command = RoundCommand.OpenRound.For(year, ruleSet, Sha256(TargetsMapping.FromDomain(e.Targets)), e.Targets, caller.Actor, Now());
            return (await log.Handle(year, "", command, _ => RoundNames.Round(year), ct)).Map(loaded => new P.OpenRoundResponse { Round = views.Round(loaded) });
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
            { IsEmpty: true } => new RoundFailure.Refused(Seq1(Problem.Of(new RoundReason.RuleSetForYearMissing(year, string.Join(", ", scoring.Catalog.Entries.Map(e => $"{e.Rules.Id} ({e.Rules.Year.ToString(CultureInfo.InvariantCulture)})")))))),
            var several => new RoundFailure.Refused(Seq1(Problem.Of(new RoundReason.RuleSetForYearAmbiguous(year, string.Join(", ", several.Map(e => e.Rules.Id)))))),
        };
    }

    public Task<Either<RoundFailure, P.SubmitSelfEvaluationResponse>> SubmitSelfEvaluation(P.SubmitSelfEvaluationRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        WithUnit(request.UnitCode, unit =>
            Guarded(RoundOperation.SubmitSelfEvaluation, caller, request.Year, async year =>
            {
                if (request.Figures is null) return Invalid<P.SubmitSelfEvaluationResponse>(Problem.Of(new ValueReason.Required()).Under(RoundSteps.Figures));
                var figures = FiguresMapping.ToDomain(request.Figures).Under(RoundSteps.Figures);
                if (figures.IsFail) return Left<RoundFailure, P.SubmitSelfEvaluationResponse>(new RoundFailure.Invalid(figures.FailToSeq()));
                var command = new RoundCommand.SubmitSelfEvaluation(unit, figures.SuccessToSeq().Head, caller.Actor, Now());
                return (await log.Handle(year, request.Etag, command, _ => RoundNames.SelfEvaluation(year, unit), ct,
                        loaded => evaluation.WithinTable(loaded.State, command.Figures).MapFail(p => p.Under(RoundSteps.Figures)).ToEither()
                            .MapLeft(ps => (RoundFailure)new RoundFailure.Invalid(ps))))
                    .Map(loaded => new P.SubmitSelfEvaluationResponse { SelfEvaluation = RoundViews.SelfEvaluation(loaded, loaded.State.Unit(unit).IfNone(UnitSources.None(unit))) });
            }, unit));

    public Task<Either<RoundFailure, P.SubmitDepartmentFiguresResponse>> SubmitDepartmentFigures(P.SubmitDepartmentFiguresRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        WithUnit(request.UnitCode, unit =>
            Guarded(RoundOperation.SubmitDepartmentFigures, caller, request.Year, async year =>
            {
                if (request.Figures is null) return Invalid<P.SubmitDepartmentFiguresResponse>(Problem.Of(new ValueReason.Required()).Under(RoundSteps.Figures));
                var figures = EvaluationMapping.Department(request.Figures).Under(RoundSteps.Figures);
                if (figures.IsFail) return Left<RoundFailure, P.SubmitDepartmentFiguresResponse>(new RoundFailure.Invalid(figures.FailToSeq()));
                var department = figures.SuccessToSeq().Head;
                var mask = MaskOf(request.UpdateMask);
                if (mask.IsFail) return Left<RoundFailure, P.SubmitDepartmentFiguresResponse>(new RoundFailure.Invalid(mask.FailToSeq()));
                var command = new RoundCommand.SubmitDepartmentFigures(unit, department, caller.Actor, Now()) { Mask = mask.SuccessToSeq().Head };
                return (await log.Handle(year, request.Etag, command, _ => RoundNames.Department(year, unit, department.Department), ct))
                    .Map(loaded => new P.SubmitDepartmentFiguresResponse
                    {
                        Department = RoundViews.Department(loaded, unit, loaded.State.Unit(unit).Map(u => u.DepartmentHistory(department.Department)).IfNone(Seq<DepartmentFiguresVersion>())),
                    });
            }, department: Optional(request.Figures).Bind(f => Optional(EnumMapping.Known(f.Department)))));

    public Task<Either<RoundFailure, P.RecordFindingResponse>> RecordFinding(P.RecordFindingRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        WithUnit(request.UnitCode, unit =>
            Guarded(RoundOperation.RecordFinding, caller, request.Year, async year =>
            {
                if (FindingIdProblem(request.FindingId) is { } bad) return Invalid<P.RecordFindingResponse>(bad);
                if (request.Finding is null) return Invalid<P.RecordFindingResponse>(Problem.Of(new ValueReason.Required()).Under(RoundSteps.Finding));
                var finding = EvaluationMapping.Finding(request.Finding).Under(RoundSteps.Finding);
                if (finding.IsFail) return Left<RoundFailure, P.RecordFindingResponse>(new RoundFailure.Invalid(finding.FailToSeq()));
                var id = new FindingId(request.FindingId);
                var command = new RoundCommand.RecordFinding(id, unit, finding.SuccessToSeq().Head, request.Inspector, caller.Actor, Now());
                return (await log.Handle(year, "", command, _ => RoundNames.Finding(year, id), ct))
                    .Map(loaded => new P.RecordFindingResponse { Finding = RoundViews.Finding(loaded, loaded.State.Finding(id).IfNone(() => throw new InvalidOperationException("recorded finding missing"))) });
            }));

    public Task<Either<RoundFailure, P.WithdrawFindingResponse>> WithdrawFinding(P.WithdrawFindingRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(RoundOperation.WithdrawFinding, caller, request.Year, async year =>
        {
            if (FindingIdProblem(request.FindingId) is { } bad) return Invalid<P.WithdrawFindingResponse>(bad);
            var id = new FindingId(request.FindingId);
            var command = new RoundCommand.WithdrawFinding(id, request.Reason, caller.Actor, Now());
            return (await log.Handle(year, request.Etag, command, _ => RoundNames.Finding(year, id), ct))
                .Map(loaded => new P.WithdrawFindingResponse { Finding = RoundViews.Finding(loaded, loaded.State.Finding(id).IfNone(() => throw new InvalidOperationException("withdrawn finding missing"))) });
        });

    public Task<Either<RoundFailure, P.ApproveRoundResponse>> ApproveRound(P.ApproveRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(RoundOperation.ApproveRound, caller, request.Year, year =>
            RoundWide(year, request.Etag, new RoundCommand.Approve(request.EvaluationDigest, caller.Actor, Now()), round => new P.ApproveRoundResponse { Round = round }, ct));

    public Task<Either<RoundFailure, P.ReopenRoundResponse>> ReopenRound(P.ReopenRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(RoundOperation.ReopenRound, caller, request.Year, year =>
            RoundWide(year, request.Etag, new RoundCommand.Reopen(request.Reason, caller.Actor, Now()), round => new P.ReopenRoundResponse { Round = round }, ct));

    public Task<Either<RoundFailure, P.PublishNoticeResponse>> PublishNotice(P.PublishNoticeRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(RoundOperation.PublishNotice, caller, request.Year, async year =>
        {
            var issuedOn = RoundMapping.IssuedOn(request.IssuedOn).Bind(d => d.IsSome ? Valid.Ok(d) : Valid.Fail<Option<DateOnly>>(Place.Whole, new ValueReason.Required()))
                .Under(RoundSteps.IssuedOn);
            if (issuedOn.IsFail) return Left<RoundFailure, P.PublishNoticeResponse>(new RoundFailure.Invalid(issuedOn.FailToSeq()));
            var command = new RoundCommand.PublishNotice(request.EvaluationDigest, request.NoticeNumber, issuedOn.SuccessToSeq().Head, caller.Actor, Now());
            return await RoundWide(year, request.Etag, command, round => new P.PublishNoticeResponse { Round = round }, ct);
        });

    public Task<Either<RoundFailure, P.CloseSubmissionsResponse>> CloseSubmissions(P.CloseSubmissionsRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(RoundOperation.CloseSubmissions, caller, request.Year, year =>
            RoundWide(year, request.Etag, new RoundCommand.CloseSubmissions(request.Reason, caller.Actor, Now()), round => new P.CloseSubmissionsResponse { Round = round }, ct));

    public Task<Either<RoundFailure, P.ReopenSubmissionsResponse>> ReopenSubmissions(P.ReopenSubmissionsRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(RoundOperation.ReopenSubmissions, caller, request.Year, year =>
            RoundWide(year, request.Etag, new RoundCommand.ReopenSubmissions(request.Reason, caller.Actor, Now()), round => new P.ReopenSubmissionsResponse { Round = round }, ct));

    /// <summary>A command on the round as a whole (its etag the round's), answered with the round.</summary>
    private async Task<Either<RoundFailure, T>> RoundWide<T>(int year, string etag, RoundCommand command, Func<P.Round, T> respond, CancellationToken ct) =>
        (await log.Handle(year, etag, command, _ => RoundNames.Round(year), ct)).Map(loaded => respond(views.Round(loaded)));

    // ---- reads ----

    public Task<Either<RoundFailure, P.GetRoundResponse>> GetRound(P.GetRoundRequest request, RoundCaller caller, CancellationToken ct = default) =>
        Guarded(RoundOperation.GetRound, caller, request.Year, async year =>
            (await log.Existing(year, ct)).Map(loaded => new P.GetRoundResponse { Round = views.Round(loaded) }));

    public async Task<Either<RoundFailure, P.ListRoundsResponse>> ListRounds(P.ListRoundsRequest request, RoundCaller caller, CancellationToken ct = default)
    {
        if (RoundAccess.Refusal(caller, RoundOperation.ListRounds).Case is RoundFailure denied) return denied;
        var response = new P.ListRoundsResponse();
        foreach (var stream in await log.Store.ListStreamsAsync("round-", ct))
            if (RoundNames.YearOf(stream) is { } year)
            {
                var loaded = await log.TryLoad(year, ct);
                if (loaded.IsLeft) return loaded.Map(_ => response);
                response.Rounds.Add(views.Round(loaded.RightToSeq().Head));
            }
        return response;
    }

    public Task<Either<RoundFailure, P.GetSelfEvaluationResponse>> GetSelfEvaluation(P.GetSelfEvaluationRequest request, RoundCaller caller, CancellationToken ct = default) =>
        WithUnit(request.UnitCode, unit =>
            Guarded(RoundOperation.GetSelfEvaluation, caller, request.Year, async year =>
                (await log.Existing(year, ct)).Bind(loaded => InRound(loaded, unit).Map(sources => RoundViews.SelfEvaluations(loaded, sources))), unit));

    public Task<Either<RoundFailure, P.EvaluateRoundResponse>> EvaluateRound(P.EvaluateRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(RoundOperation.EvaluateRound, caller, request.Year, async year =>
            (await log.Existing(year, ct)).Bind(loaded => evaluation.Response(loaded.State, language).Map(e =>
            {
                e.Stamp.RoundChainHead = loaded.Head;
                return new P.EvaluateRoundResponse { Evaluation = e, Etag = Etag(loaded.Version) };
            })));

    public Task<Either<RoundFailure, P.ListRoundEventsResponse>> ListRoundEvents(P.ListRoundEventsRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(RoundOperation.ListRoundEvents, caller, request.Year, async year =>
        {
            Option<UnitCode> only = None;
            if (request.UnitCode.Length > 0)
            {
                var code = UnitCode.Create(RoundSteps.UnitCode, request.UnitCode);
                if (code.IsFail) return Left<RoundFailure, P.ListRoundEventsResponse>(new RoundFailure.Invalid(code.FailToSeq()));
                only = code.SuccessToSeq().Head;
            }
            var existing = await log.Existing(year, ct);
            if (existing.IsLeft) return existing.Map(_ => new P.ListRoundEventsResponse());
            var stored = await log.Store.ReadStreamAsync(RoundNames.Stream(year), 1, ct);
            var response = new P.ListRoundEventsResponse();
            response.Entries.AddRange(RoundHistory.Entries(year, stored.Select(s => (s, Decode(s))).ToList(), only, views.UnitNames(), language));
            return Right<RoundFailure, P.ListRoundEventsResponse>(response);
        });

    // ---- import, export, verification ----

    /// <summary>
    /// A figures workbook or an evaluation file into an open round (the office's), or a round's export into a store
    /// without it (the admin's): all of it, or, with every problem named, none (<see cref="RoundImports"/>).
    /// </summary>
    public Task<Either<RoundFailure, P.ImportRoundResponse>> ImportRound(P.ImportRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(request.SourceCase == P.ImportRoundRequest.SourceOneofCase.RoundExport ? RoundOperation.RestoreExport : RoundOperation.ImportSources, caller, request.Year,
            year => imports.Import(year, request, caller, Signing, ct));

    public Task<Either<RoundFailure, P.ExportRoundResponse>> ExportRound(P.ExportRoundRequest request, RoundCaller caller, CancellationToken ct = default) =>
        Guarded(RoundOperation.ExportRound, caller, request.Year, year => imports.Export(year, Signing, ct));

    /// <summary>
    /// Recomputes the round's chain from every event the store holds and says whether it is intact (how many events,
    /// the head) or where it first breaks; a broken round then takes no write.
    /// </summary>
    public Task<Either<RoundFailure, P.VerifyRoundResponse>> VerifyRound(P.VerifyRoundRequest request, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default) =>
        Guarded(RoundOperation.VerifyRound, caller, request.Year, year => imports.Verify(year, language, ct));

    // ---- for the round's documents, the command line and the tests ----

    /// <summary>The round's evaluation on the wire (<see cref="RoundEvaluation.Response"/>).</summary>
    public Either<RoundFailure, P.EvaluateResponse> Evaluation(RoundState state, Language language = Languages.Default) => evaluation.Response(state, language);

    /// <summary>The round's evaluation as the kernel made it (<see cref="RoundEvaluation.Of"/>): what its documents say.</summary>
    public Either<RoundFailure, Scoring.Evaluated> Evaluated(RoundState state) => evaluation.Of(state);

    /// <summary>The evaluation request a round's sources make: the same one an office could send to Evaluate.</summary>
    public static P.EvaluateRequest EvaluateRequestOf(RoundState state) => RoundEvaluation.RequestOf(state);

    /// <summary>The digest the decider compares an approval with: the stamp's input_sha256 of the evaluation, none if there is none.</summary>
    public Option<string> CurrentDigest(RoundState state) => evaluation.CurrentDigest(state);

    /// <inheritdoc cref="RoundLog.Load"/>
    public Task<LoadedRound> Load(int year, CancellationToken ct = default) => log.Load(year, ct);

    /// <inheritdoc cref="RoundLog.TryLoad"/>
    public Task<Either<RoundFailure, LoadedRound>> TryLoad(int year, CancellationToken ct = default) => log.TryLoad(year, ct);

    public P.Round View(LoadedRound loaded) => views.Round(loaded);

    public static string Etag(long version) => RoundLog.Etag(version);

    /// <inheritdoc cref="RoundLog.TryEtag"/>
    public static bool TryEtag(string etag, out long version) => RoundLog.TryEtag(etag, out version);

    public static NewEvent ToStored(RoundEvent e) => RoundLog.ToStored(e, "");

    /// <inheritdoc cref="RoundLog.ToStored"/>
    public static NewEvent ToStored(RoundEvent e, string head, DateTimeOffset? recordedAt = null) => RoundLog.ToStored(e, head, recordedAt);

    /// <inheritdoc cref="RoundLog.Wire"/>
    public static P.RoundEvent Wire(RoundEvent e, string head) => RoundLog.Wire(e, head);

    /// <inheritdoc cref="RoundLog.Decode"/>
    public static RoundEvent Decode(StoredEvent s) => RoundLog.Decode(s);

    // ---- the guards ----

    private DateTimeOffset Now() => clock.GetUtcNow();

    /// <summary>The role first (a caller without it learns nothing of the round), then the year, then the call.</summary>
    private static async Task<Either<RoundFailure, T>> Guarded<T>(RoundOperation operation, RoundCaller caller, int year, Func<int, Task<Either<RoundFailure, T>>> call,
        Option<UnitCode> unit = default, Option<Core.Attachment1.Department> department = default)
    {
        if (RoundAccess.Refusal(caller, operation, unit, department).Case is RoundFailure denied) return denied;
        if (year is < MinYear or > MaxYear)
            return new RoundFailure.Invalid(Seq1(Problem.Of(new ValueReason.OutOfRange(year, MinYear, MaxYear)).Under(RoundSteps.Year)));
        return await call(year);
    }

    private static Task<Either<RoundFailure, T>> WithUnit<T>(string code, Func<UnitCode, Task<Either<RoundFailure, T>>> call) =>
        UnitCode.Create(RoundSteps.UnitCode, code).Match(
            call,
            ps => Task.FromResult(Left<RoundFailure, T>(new RoundFailure.Invalid(ps))));

    private static Either<RoundFailure, T> Invalid<T>(Problem p) => new RoundFailure.Invalid(Seq1(p));

    private static Problem? FindingIdProblem(string id) =>
        id.Length is 0 or > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? Problem.Of(new RoundReason.NameMalformed(id, "[A-Za-z0-9_-]{1,64}")).Under(RoundSteps.FindingId)
            : null;

    private static Either<RoundFailure, UnitSources> InRound(LoadedRound loaded, UnitCode unit) =>
        loaded.State.Unit(unit).ToEither<RoundFailure>(() => new RoundFailure.Missing(RoundProblems.Of(new RoundRefusal.UnitNotInRound(unit)).Under(RoundSteps.UnitCode)));

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
                () => Valid.Fail<Core.Evaluation.FigureRef>(Place.Whole, new RoundReason.MaskPathUnknown(path, FigureKeys.Forms))))
            .Under(RoundSteps.UpdateMaskPaths).Under(RoundSteps.UpdateMask)
            .Map(DepartmentFiguresMask.Of);
    }

    private static string Sha256(IMessage message) => Convert.ToHexStringLower(SHA256.HashData(message.ToByteArray()));
}
