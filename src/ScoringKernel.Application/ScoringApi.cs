using LanguageExt;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using ScoringKernel.Application.Scoring;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application;

/// <summary>
/// The wire's edge of every RPC, a pure function from request to response or failure: the request mapped and
/// validated into a command once, the command handled on domain values (<see cref="ScoringHandler"/>, the scenarios),
/// the domain result mapped back once. The gRPC services, the HTTP/JSON routes and the command line all go through here.
/// </summary>
public sealed class ScoringApi(RuleSetCatalog catalog)
{
    private readonly ScoringHandler handler = new(catalog);

    /// <summary>The commands on domain values this edge maps to and from (the round's evaluation uses it too).</summary>
    public ScoringHandler Handler => handler;

    /// <summary>Units a request may carry: a country's counties and districts fit many times over.</summary>
    public const int MaxUnits = 20_000;

    public RuleSetCatalog Catalog => catalog;

    public P.ListRuleSetsResponse ListRuleSets(P.ListRuleSetsRequest request)
    {
        var response = new P.ListRuleSetsResponse();
        response.RuleSets.AddRange(catalog.Entries.Map(e =>
        {
            var summary = RulesMapping.Summary(e.Rules);
            summary.Document = e.File.Document.Number;
            summary.DocumentDate = e.File.Document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            summary.Sha256 = e.Sha256;
            summary.Invented = e.File.Invented;
            return summary;
        }));
        return response;
    }

    /// <summary>A proposed rule set's YAML checked at load and against the invariants (RuleSets/RuleSetVerifier).</summary>
    public Either<ApiFailure, P.VerifyRuleSetResponse> VerifyRuleSet(P.VerifyRuleSetRequest request, Language language = Languages.Default) =>
        RuleSets.RuleSetVerification.Verify(catalog, request, language);

    /// <summary>What a notice or workbook of a result names: the year, document and pass line of the rule set it was scored with (none for an unknown id).</summary>
    public Files.Notice.NoticeBasis? NoticeBasis(string ruleSetId) =>
        catalog.Find(ruleSetId).Map(e => Files.Notice.NoticeBasis.Of(e.Rules, e.File.Document)).IfNoneUnsafe((Files.Notice.NoticeBasis?)null);

    public Either<ApiFailure, P.GetRuleSetResponse> GetRuleSet(P.GetRuleSetRequest request) =>
        Entry(request.RuleSetId).Map(e =>
        {
            var rules = RulesMapping.FromDomain(e.Rules);
            rules.Document = new P.RuleSetDocument
            {
                Number = e.File.Document.Number,
                Title = e.File.Document.Title,
                IssuedBy = e.File.Document.IssuedBy,
                Date = e.File.Document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            return new P.GetRuleSetResponse { RuleSet = rules };
        });

    public Either<ApiFailure, P.GetTargetTableResponse> GetTargetTable(P.GetTargetTableRequest request, Language language = Languages.Default) =>
        Entry(request.RuleSetId).Map(e =>
        {
            var response = new P.GetTargetTableResponse { TargetTable = TargetsMapping.FromDomain(e.Targets) };
            response.Issues.AddRange(TargetTableCheck.Validate(e.Targets).Map(i => TargetsMapping.FromDomain(i, language)));
            return response;
        });

    public Either<ApiFailure, P.ValidateTargetTableResponse> ValidateTargetTable(P.ValidateTargetTableRequest request, Language language = Languages.Default) =>
        (request.TargetTable is null
            ? Valid.Fail<TargetTable>(Step.TargetTable.Instance, new ValueReason.Required())
            : TargetsMapping.ToDomain(request.TargetTable).Under(Step.TargetTable.Instance))
        .Match<Either<ApiFailure, P.ValidateTargetTableResponse>>(
            table =>
            {
                var issues = TargetTableCheck.Validate(table);
                var response = new P.ValidateTargetTableResponse { Valid = !issues.Exists(i => i.Severity == Severity.Error) };
                response.Issues.AddRange(issues.Map(i => TargetsMapping.FromDomain(i, language)));
                return response;
            },
            problems => new InvalidArgument(problems));

    // ---- Assess, ScoreUnit, Evaluate: the request mapped to a command once, the handler's domain result mapped back once ----

    public Either<ApiFailure, P.ScoreUnitResponse> ScoreUnit(P.ScoreUnitRequest request) =>
        ScoredUnitOf(request).Map(s => new P.ScoreUnitResponse
        {
            ScoreCard = ResultsMapping.FromDomain(s.Card, s.Rules, s.Explainer),
            Stamp = StampOnTheWire(s.Stamp),
        });

    public Either<ApiFailure, P.AssessResponse> Assess(P.AssessRequest request, Language language = Languages.Default) =>
        AssessedOf(request).Map(a => AssessResponse(a, language));

    public Either<ApiFailure, P.EvaluateResponse> Evaluate(P.EvaluateRequest request, Language language = Languages.Default) =>
        EvaluatedOf(request).Map(e => EvaluateResponse(e, language));

    /// <summary>An Assess request checked and scored: the domain result the wire, a workbook or the command line says.</summary>
    public Either<ApiFailure, Assessed> AssessedOf(P.AssessRequest request) =>
        from command in AssessCommandOf(request)
        from assessed in handler.Assess(command)
        select assessed;

    public Either<ApiFailure, Evaluated> EvaluatedOf(P.EvaluateRequest request) =>
        from command in EvaluateCommandOf(request)
        from evaluated in handler.Evaluate(command)
        select evaluated;

    public Either<ApiFailure, ScoredUnit> ScoredUnitOf(P.ScoreUnitRequest request) =>
        from context in Context(request.RuleSetId, request.UnitPolicy, request.TargetTable,
            request.Unit is null ? Valid.Fail<Seq<UnitFigures>>(Step.SingleUnit.Instance, new ValueReason.Required()) : FiguresMapping.ToDomain(request.Unit).Under(Step.SingleUnit.Instance).Map(Seq1))
        from _ in KnownUnits(context.Table, context.Inputs, _ => Place.Of(Step.SingleUnit.Instance, Step.UnitCodeOf.Instance))
        from scored in handler.ScoreUnit(new ScoreUnitCommand(context.Rules, context.Table, context.Inputs.Head)).MapLeft(f => f.Match<ApiFailure>(
            invalid => new InvalidArgument(invalid.Problems.Map(p => p.Under(Step.SingleUnit.Instance))), notFound => notFound))
        select scored;

    /// <summary>The wire's Assess request as its command: every field problem at once, unknown units NOT_FOUND.</summary>
    public Either<ApiFailure, AssessCommand> AssessCommandOf(P.AssessRequest request) =>
        from withLines in WithLines(request.View).ToEither().MapLeft(Invalid)
        from inputs in Base(request)
        select new AssessCommand(inputs, withLines);

    public Either<ApiFailure, EvaluateCommand> EvaluateCommandOf(P.EvaluateRequest request)
    {
        if (request.Submissions.Count > MaxUnits)
            return new InvalidArgument(Seq1(Problem.Of(new EvaluationReason.TooManySubmissions(request.Submissions.Count, MaxUnits)).Under(Step.Submissions.Instance)));
        return from context in Context(request.RuleSetId, request.UnitPolicy, request.TargetTable, Valid.Each(i => new Step.Submission(i, CodeOf(request.Submissions[i].SelfEvaluation?.UnitCode)), request.Submissions, EvaluationMapping.ToDomain))
               from _ in KnownUnits(context.Table, context.Inputs.Map(s => s.SelfEvaluation).Strict(), i => Place.Of(new Step.Submission(i, context.Inputs[i].SelfEvaluation.Unit), Step.SelfEvaluation.Instance, Step.UnitCodeOf.Instance))
               select new EvaluateCommand(context.Rules, context.Table, context.Inputs);
    }

    /// <summary>An assessment on the wire, its words in <paramref name="language"/>; its lines only when the command asked for them.</summary>
    public static P.AssessResponse AssessResponse(Assessed a, Language language) => new()
    {
        Assessment = ResultsMapping.FromDomain(a.Assessment, a.Rules, a.WithLines ? Some(a.Explainer) : None, language),
        Stamp = StampOnTheWire(a.Stamp),
    };

    public static P.EvaluateResponse EvaluateResponse(Evaluated e, Language language)
    {
        var response = new P.EvaluateResponse
        {
            Assessment = ResultsMapping.FromDomain(e.Result.Assessment, e.Rules, e.Resolved, language),
            Stamp = StampOnTheWire(e.Stamp),
        };
        response.Units.AddRange(e.Result.Units.Map(u => EvaluationMapping.FromDomain(u, e.Rules, e.Self, e.Resolved)));
        response.Warnings.AddRange(e.Result.Warnings.Map(w => TargetsMapping.FromDomain(w, language)));
        return response;
    }

    public static P.ResultStamp StampOnTheWire(ResultStamp s) => new()
    {
        RuleSetId = s.RuleSetId,
        RuleSetVersion = s.RuleSetVersion,
        KernelVersion = s.KernelVersion,
        InputSha256 = s.InputSha256,
        RuleSetSha256 = s.RuleSetSha256,
    };

    /// <summary>
    /// A figures workbook as the AssessRequest it holds, checked as that request would be: every problem at its cell
    /// (<c>单位指标!I7</c>) with the unit and figure the cell feeds; what reading noticed as warnings (a percentage
    /// formatted cell, a full-width digit), each a TableIssue with its reason and words in <paramref name="language"/>.
    /// </summary>
    public Either<ApiFailure, P.ReadFiguresWorkbookResponse> ReadFiguresWorkbook(P.ReadFiguresWorkbookRequest request, Language language = Languages.Default) =>
        FiguresWorkbook.Read(request.Workbook.ToByteArray())
            .MapLeft(problems => (ApiFailure)new InvalidArgument(problems.Map(OnTheWire).Strict()))
            .Bind(read => Base(read.Request)
                .MapLeft(failure => failure.Match<ApiFailure>(
                    invalid => new InvalidArgument(invalid.Problems.Map(p => InWorkbook(read, p))),
                    notFound => new NotFound(InWorkbook(read, notFound.Problem))))
                .Map(_ =>
                {
                    var response = new P.ReadFiguresWorkbookResponse { Request = read.Request };
                    response.Warnings.AddRange(read.Warnings.Map(w => TargetsMapping.FromDomain(new TableIssue(Severity.Warning, OnTheWire(w)), language)));
                    return response;
                }));

    /// <summary>A workbook problem with no field of the request of its own (a header, the file) stands at the request's <c>workbook</c> field.</summary>
    private static Problem OnTheWire(Problem p) =>
        Wire.ProblemPaths.Of(p).Length == 0 && !p.At.Steps.Exists(s => s is Step.Workbook) ? p.AtPlace(p.At.Under(new Step.Workbook(""))) : p;

    /// <summary>A problem of the request a workbook held, at the cell its field came from: 单位指标!I7(常宁市 · 附件1-四 危房改造户数(户)).</summary>
    private static Problem InWorkbook(FiguresRead read, Problem p) => Locations.InWorkbook(read.Locations, p, read.Request.Units.Select(u => u.UnitCode).ToList());

    public Either<ApiFailure, P.WriteResultWorkbookResponse> WriteResultWorkbook(P.WriteResultWorkbookRequest request) =>
        (request.Assessment is null
            ? new InvalidArgument(Seq1(Problem.Of(new WireReason.AssessmentRequired()).Under(Step.AssessmentRequest.Instance)))
            : AssessedOf(request.Assessment).MapLeft(f => f.Match<ApiFailure>(
                invalid => new InvalidArgument(invalid.Problems.Map(p => p.Under(Step.AssessmentRequest.Instance))),
                notFound => new NotFound(notFound.Problem.Under(Step.AssessmentRequest.Instance)))))
        .Map(r => new P.WriteResultWorkbookResponse
        {
            Content = Google.Protobuf.ByteString.CopyFrom(ResultWorkbook.Write(r.Rules, r.Assessment, r.Explainer, NoticeBasis(r.Assessment.RuleSetId))),
            FileName = $"result-{r.Stamp.InputSha256[..12]}.xlsx",
            ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        });

    /// <summary>
    /// An AssessRequest as a scenario base: rule set (with the request's policy), target table and figures, every
    /// field problem reported at once inside <paramref name="prefix"/>, and unknown units as NOT_FOUND.
    /// </summary>
    public Either<ApiFailure, ScenarioBase> Base(P.AssessRequest? request, params Step[] prefix)
    {
        if (request is null) return new InvalidArgument(Seq1(Problem.Of(new ValueReason.Required()).Under(prefix)));
        if (request.Units.Count > MaxUnits)
            return new InvalidArgument(Seq1(Problem.Of(new UnitReason.TooManyUnits(request.Units.Count, MaxUnits)).Under(Step.Units.Instance).Under(prefix)));
        return from context in Context(request.RuleSetId, request.UnitPolicy, request.TargetTable, Valid.Each(i => new Step.UnitEntry(i, CodeOf(request.Units[i].UnitCode)), request.Units, FiguresMapping.ToDomain), prefix)
               from _ in KnownUnits(context.Table, context.Inputs, i => Place.Of(new Step.UnitEntry(i, context.Inputs[i].Unit), Step.UnitCodeOf.Instance).Under(prefix))
               select new ScenarioBase(context.Rules, context.Table, context.Inputs);
    }

    private static Validation<Problem, bool> WithLines(P.AssessmentView view) => view switch
    {
        P.AssessmentView.Unspecified or P.AssessmentView.Full => Valid.Ok(true),
        P.AssessmentView.Basic => Valid.Ok(false),
        _ => Valid.Fail<bool>(Step.View.Instance, new ValueReason.UnknownChoice(((int)view).ToString(System.Globalization.CultureInfo.InvariantCulture), "ASSESSMENT_VIEW_BASIC, ASSESSMENT_VIEW_FULL")),
    };

    private sealed record RequestContext<T>(RuleSet Rules, TargetTable Table, T Inputs);

    /// <summary>Resolves the rule set, then validates policy, table and the request's inputs together so every field problem is reported at once.</summary>
    private Either<ApiFailure, RequestContext<T>> Context<T>(string ruleSetId, P.UnitPolicy policy, P.TargetTable? table, Validation<Problem, T> inputs, params Step[] prefix) =>
        Entry(ruleSetId, prefix).Bind(entry =>
            (EnumMapping.ToDomain(policy, Step.Policy.Instance),
             table is null ? Valid.Ok(entry.Targets) : TargetsMapping.ToDomain(table).Under(Step.TargetTable.Instance),
             inputs)
            .Apply((p, t, f) => new RequestContext<T>(entry.Rules with { Policy = p.IfNone(entry.Rules.Policy) }, t, f))
            .ToEither()
            .MapLeft(ps => Invalid(ps.Map(p => p.Under(prefix)))));

    private static Either<ApiFailure, Unit> KnownUnits(TargetTable table, Seq<UnitFigures> figures, Func<int, Place> at)
    {
        var i = 0;
        foreach (var f in figures)
        {
            if (table.Find(f.Unit).IsNone)
                return new NotFound(SharedProblems.NotScored(table, f.Unit).AtPlace(at(i)));
            i++;
        }
        return unit;
    }

    public Either<ApiFailure, RuleSetEntry> Entry(string? id, params Step[] prefix) =>
        catalog.Find(id).ToEither<ApiFailure>(() => new NotFound(
            Problem.Of(new WireReason.RuleSetUnknown(id ?? "", string.Join(", ", catalog.Entries.Map(e => e.Rules.Id))))
                .Under(Step.RuleSetId.Instance).Under(prefix)));

    public static ApiFailure Invalid(Seq<Problem> problems) => new InvalidArgument(problems);

    /// <summary>The unit a request's entry is for, where its code is readable: problems inside it then name the unit.</summary>
    private static Core.Units.UnitCode? CodeOf(string? text) =>
        Core.Units.UnitCode.Create(Step.UnitCodeOf.Instance, text).MatchUnsafe(c => (Core.Units.UnitCode?)c, _ => null);
}
