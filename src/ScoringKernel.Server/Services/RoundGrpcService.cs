using System.Security.Claims;
using Google.Rpc;
using Grpc.Core;
using LanguageExt;
using ScoringKernel.Application.Rounds;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Core.Round;
using ScoringKernel.Server.Hosting;
using ScoringKernel.Words;

namespace ScoringKernel.Server.Services;

/// <summary>
/// Thin: each RPC hands its request and its caller to <see cref="ScoringKernel.Application.Rounds.RoundService"/> and turns a failure into a status.
/// Who may call each RPC at all is its line of the role table (<see cref="Access.EndpointRoles"/>); the round then
/// checks the scope (<see cref="RoundRoles"/>: a unit's or a department's own figures), so a refusal names the role
/// needed. The actor of every event is the client's subject as the allow-list spells it (production) or "development".
/// </summary>
public sealed class RoundGrpcService(ScoringKernel.Application.Rounds.RoundService rounds, ServerOptions options) : Contracts.V1.RoundService.RoundServiceBase
{
    public override Task<OpenRoundResponse> OpenRound(OpenRoundRequest request, ServerCallContext context) =>
        Answer(rounds.OpenRound(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<GetRoundResponse> GetRound(GetRoundRequest request, ServerCallContext context) =>
        Answer(rounds.GetRound(request, Caller(context), context.CancellationToken), context);

    public override Task<ListRoundsResponse> ListRounds(ListRoundsRequest request, ServerCallContext context) =>
        Answer(rounds.ListRounds(request, Caller(context), context.CancellationToken), context);

    public override Task<GetSelfEvaluationResponse> GetSelfEvaluation(GetSelfEvaluationRequest request, ServerCallContext context) =>
        Answer(rounds.GetSelfEvaluation(request, Caller(context), context.CancellationToken), context);

    public override Task<SubmitSelfEvaluationResponse> SubmitSelfEvaluation(SubmitSelfEvaluationRequest request, ServerCallContext context) =>
        Answer(rounds.SubmitSelfEvaluation(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<SubmitDepartmentFiguresResponse> SubmitDepartmentFigures(SubmitDepartmentFiguresRequest request, ServerCallContext context) =>
        Answer(rounds.SubmitDepartmentFigures(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<RecordFindingResponse> RecordFinding(RecordFindingRequest request, ServerCallContext context) =>
        Answer(rounds.RecordFinding(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<WithdrawFindingResponse> WithdrawFinding(WithdrawFindingRequest request, ServerCallContext context) =>
        Answer(rounds.WithdrawFinding(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<EvaluateRoundResponse> EvaluateRound(EvaluateRoundRequest request, ServerCallContext context) =>
        Answer(rounds.EvaluateRound(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<ApproveRoundResponse> ApproveRound(ApproveRoundRequest request, ServerCallContext context) =>
        Answer(rounds.ApproveRound(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<ReopenRoundResponse> ReopenRound(ReopenRoundRequest request, ServerCallContext context) =>
        Answer(rounds.ReopenRound(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<PublishNoticeResponse> PublishNotice(PublishNoticeRequest request, ServerCallContext context) =>
        Answer(rounds.PublishNotice(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<CloseSubmissionsResponse> CloseSubmissions(CloseSubmissionsRequest request, ServerCallContext context) =>
        Answer(rounds.CloseSubmissions(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<ReopenSubmissionsResponse> ReopenSubmissions(ReopenSubmissionsRequest request, ServerCallContext context) =>
        Answer(rounds.ReopenSubmissions(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<ListRoundEventsResponse> ListRoundEvents(ListRoundEventsRequest request, ServerCallContext context) =>
        Answer(rounds.ListRoundEvents(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<ImportRoundResponse> ImportRound(ImportRoundRequest request, ServerCallContext context) =>
        Answer(rounds.ImportRound(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    public override Task<ExportRoundResponse> ExportRound(ExportRoundRequest request, ServerCallContext context) =>
        Answer(rounds.ExportRound(request, Caller(context), context.CancellationToken), context);

    public override Task<VerifyRoundResponse> VerifyRound(VerifyRoundRequest request, ServerCallContext context) =>
        Answer(rounds.VerifyRound(request, Caller(context), CallLanguage.Of(context), context.CancellationToken), context);

    private RoundCaller Caller(ServerCallContext context) => CallerOf(context.GetHttpContext(), options);

    /// <summary>The round's caller of a request: everyone in development; else the certificate's subject and roles.</summary>
    public static RoundCaller CallerOf(Microsoft.AspNetCore.Http.HttpContext http, ServerOptions options)
    {
        if (options.Profile == Profile.Development) return RoundCaller.Development();
        var user = http.User;
        var subject = user.FindFirst(ClaimTypes.Name)?.Value ?? "";
        return new RoundCaller(new Actor(subject), user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());
    }

    private static async Task<T> Answer<T>(Task<Either<RoundFailure, T>> call, ServerCallContext context)
    {
        var result = await call;
        return result.Match(r => r, failure => throw RefusedCall.Of(RoundStatus(failure, CallLanguage.Of(context)), context));
    }

    /// <summary>
    /// The failure as an AIP-193 status: INVALID_ARGUMENT, NOT_FOUND, FAILED_PRECONDITION (DATA_LOSS when the round's
    /// hash chain is broken), ABORTED (ErrorInfo metadata
    /// "current_etag" and "given_etag") or PERMISSION_DENIED (metadata "role").
    /// </summary>
    public static Google.Rpc.Status RoundStatus(RoundFailure failure, Language language)
    {
        var (code, metadata) = failure.Match<(Code, List<KeyValuePair<string, string>>)>(
            invalid => (Code.InvalidArgument, []),
            missing => (Code.NotFound, []),
            refused => (refused.All.Exists(p => p.Reason is Core.Problems.RoundReason.ChainBroken) ? Code.DataLoss : Code.FailedPrecondition, []),
            stale => (Code.Aborted, [new("current_etag", stale.CurrentEtag), new("given_etag", stale.GivenEtag)]),
            denied => (Code.PermissionDenied, [new("role", denied.Role)]));
        metadata.AddRange(ReasonMetadata(failure.Problems.Head).Select(m => KeyValuePair.Create(m.Key, m.Value)));
        return StatusMapping.Of(code, failure.Problems.ToList(), language, metadata);
    }

    /// <summary>What a client matches on beside the reason: the year no rule set applies to, the figures a submission would remove.</summary>
    private static IEnumerable<(string Key, string Value)> ReasonMetadata(Core.Problems.Problem first)
    {
        if (first.Reason is Core.Problems.RoundReason.RuleSetForYearMissing missing)
            yield return ("year", missing.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (first.Reason is Core.Problems.RoundReason.DepartmentFiguresWouldBeRemoved removed)
            yield return ("figures", string.Join(",", removed.Figures.Map(FigureKeys.Path)));
    }
}
