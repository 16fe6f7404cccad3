using Grpc.Core;
using LanguageExt;
using ScoringKernel.Contracts.Api;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.Server.Services;

/// <summary>Thin: each RPC hands its request to <see cref="ScoringApi"/> and turns a failure into a gRPC status.</summary>
public sealed class ScoringGrpcService(ScoringApi api) : ScoringService.ScoringServiceBase
{
    public override Task<ListRuleSetsResponse> ListRuleSets(ListRuleSetsRequest request, ServerCallContext context) =>
        Task.FromResult(api.ListRuleSets(request));

    public override Task<GetRuleSetResponse> GetRuleSet(GetRuleSetRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.GetRuleSet(request));

    public override Task<GetTargetTableResponse> GetTargetTable(GetTargetTableRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.GetTargetTable(request));

    public override Task<ValidateTargetTableResponse> ValidateTargetTable(ValidateTargetTableRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.ValidateTargetTable(request));

    public override Task<ScoreUnitResponse> ScoreUnit(ScoreUnitRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.ScoreUnit(request));

    public override Task<AssessResponse> Assess(AssessRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.Assess(request));

}
