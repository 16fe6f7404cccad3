using Grpc.Core;
using Microsoft.AspNetCore.RateLimiting;
using ScoringKernel.Server.Hosting;
using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.Server.Services;

/// <summary>Thin: each RPC hands its request to <see cref="ScenarioApi"/>; the sweep streams points as they are computed.</summary>
[BindServiceMethod(typeof(UndecodableRequests), nameof(UndecodableRequests.BindScenario))]
public sealed class ScenarioGrpcService(ScenarioApi api, SweepProgress progress) : ScenarioService.ScenarioServiceBase
{
    [EnableRateLimiting(Admission.Expensive)]
    public override Task<CompareScenariosResponse> CompareScenarios(CompareScenariosRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.Compare(request, CallLanguage.Of(context)), CallLanguage.Of(context));

    [EnableRateLimiting(Admission.Expensive)]
    public override Task<GetMarginsResponse> GetMargins(GetMarginsRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.Margins(request, CallLanguage.Of(context)), CallLanguage.Of(context));

    [EnableRateLimiting(Admission.Expensive)]
    public override Task<GetThresholdsResponse> GetThresholds(GetThresholdsRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.Thresholds(request, CallLanguage.Of(context)), CallLanguage.Of(context));

    [EnableRateLimiting(Admission.Expensive)]
    public override Task<GetReachResponse> GetReach(GetReachRequest request, ServerCallContext context) =>
        StatusMapping.Answer(api.Reach(request), CallLanguage.Of(context));

    [EnableRateLimiting(Admission.Expensive)]
    public override async Task SweepScenario(SweepScenarioRequest request, IServerStreamWriter<SweepScenarioResponse> responseStream, ServerCallContext context)
    {
        var points = api.Sweep(request, CallLanguage.Of(context)).Match(p => p, failure => throw StatusMapping.ToRpcException(failure, CallLanguage.Of(context)));
        var token = context.CancellationToken;
        using var enumerator = points.GetEnumerator();
        while (!token.IsCancellationRequested && enumerator.MoveNext())
        {
            progress.PointComputed(token.IsCancellationRequested);
            await responseStream.WriteAsync(enumerator.Current, token);
        }
        token.ThrowIfCancellationRequested();
    }

}
