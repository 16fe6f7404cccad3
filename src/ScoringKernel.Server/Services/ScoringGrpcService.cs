using Grpc.Core;
using Microsoft.AspNetCore.RateLimiting;
using ScoringKernel.Server.Hosting;
using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.Server.Services;

/// <summary>Thin: each RPC hands its request to <see cref="ScoringApi"/> and turns a failure into a gRPC status.</summary>
[BindServiceMethod(typeof(UndecodableRequests), nameof(UndecodableRequests.BindScoring))]
public sealed class ScoringGrpcService(ScoringApi api) : ScoringService.ScoringServiceBase
{
    public override Task<ListRuleSetsResponse> ListRuleSets(ListRuleSetsRequest request, ServerCallContext context) =>
        Task.FromResult(api.ListRuleSets(request));

    public override Task<GetRuleSetResponse> GetRuleSet(GetRuleSetRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.GetRuleSet(request), CallLanguage.Of(context));

    public override Task<GetTargetTableResponse> GetTargetTable(GetTargetTableRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.GetTargetTable(request, CallLanguage.Of(context)), CallLanguage.Of(context));

    public override Task<ValidateTargetTableResponse> ValidateTargetTable(ValidateTargetTableRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.ValidateTargetTable(request, CallLanguage.Of(context)), CallLanguage.Of(context));

    /// <summary>Runs generated cases at request time: a scoring client's call, admitted like the other expensive RPCs.</summary>
    [EnableRateLimiting(Admission.Expensive)]
    public override Task<VerifyRuleSetResponse> VerifyRuleSet(VerifyRuleSetRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.VerifyRuleSet(request, CallLanguage.Of(context)), CallLanguage.Of(context));

    public override Task<ScoreUnitResponse> ScoreUnit(ScoreUnitRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.ScoreUnit(request), CallLanguage.Of(context));

    public override Task<AssessResponse> Assess(AssessRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.Assess(request, CallLanguage.Of(context)), CallLanguage.Of(context));

    public override Task<EvaluateResponse> Evaluate(EvaluateRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.Evaluate(request, CallLanguage.Of(context)), CallLanguage.Of(context));

    public override Task<ReadFiguresWorkbookResponse> ReadFiguresWorkbook(ReadFiguresWorkbookRequest request, ServerCallContext context)
    {
        try
        {
            return StatusMapping.Answer(api.ReadFiguresWorkbook(request, CallLanguage.Of(context)), CallLanguage.Of(context));
        }
        finally
        {
            MemoryTrim.After(request.Workbook.Length); // a multi-megabyte workbook's heap given back once the server is quiet
        }
    }

    public override Task<WriteResultWorkbookResponse> WriteResultWorkbook(WriteResultWorkbookRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.WriteResultWorkbook(request), CallLanguage.Of(context));

}
