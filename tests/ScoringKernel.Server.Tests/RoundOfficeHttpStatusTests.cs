using Google.Rpc;
using Grpc.Core;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Server.HttpJson;
using Xunit;
using static ScoringKernel.TestSupport.JsonPort;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// A refused round write is one google.rpc.Status, made once: the same on gRPC (its trailer) and on HTTP/JSON (the
/// body), byte for byte as JSON — a bad figure, a stale etag and a decider's refusal, each with its ErrorInfo metadata.
/// </summary>
public sealed partial class RoundOfficeHttpTests
{
    [Fact]
    public async Task A_refused_write_carries_the_same_status_ErrorInfo_and_metadata_over_gRPC_and_HTTP_JSON()
    {
        await grpc.OpenRoundAsync(new OpenRoundRequest { Year = 2015 });
        var self = Examples.Evaluation.Submissions[0].SelfEvaluation;
        await grpc.SubmitSelfEvaluationAsync(new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = self.UnitCode, Figures = self, Etag = "0" });
        var finance = new DepartmentFigures { Department = Department.FinanceBureau };
        finance.Figures.Add(new FigureValue { Figure = new FigureRef { Field = FigureField.OwnBudgetWan }, Value = "140" });
        finance.Figures.Add(new FigureValue { Figure = new FigureRef { Field = FigureField.TotalInvestmentWan }, Value = "900" });
        await grpc.SubmitDepartmentFiguresAsync(new SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = self.UnitCode, Figures = finance });

        // A bad figure: INVALID_ARGUMENT at the figure's value.
        var bad = finance.Clone();
        bad.Figures[1].Value = "-5";
        var badInfo = await Same(Code.InvalidArgument, "/v1/rounds:submitDepartmentFigures",
            new SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = self.UnitCode, Figures = bad },
            r => grpc.SubmitDepartmentFiguresAsync(r));
        Assert.Equal("figures.figures[1].value", badInfo.Metadata["field"]);

        // A stale etag: ABORTED, the current and the given etag in the metadata.
        var changed = self.Clone();
        changed.PovertyReduction.PersonsLifted += 1;
        var staleInfo = await Same(Code.Aborted, "/v1/rounds:submitSelfEvaluation",
            new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = self.UnitCode, Figures = changed, Etag = "1" },
            r => grpc.SubmitSelfEvaluationAsync(r));
        Assert.Equal(("ETAG_STALE", "2", "1"), (staleInfo.Reason, staleInfo.Metadata["current_etag"], staleInfo.Metadata["given_etag"]));

        // The decider's refusal: a submission that would remove a figure given before, the figure in the metadata.
        var fewer = finance.Clone();
        fewer.Figures.RemoveAt(1);
        var removedInfo = await Same(Code.FailedPrecondition, "/v1/rounds:submitDepartmentFigures",
            new SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = self.UnitCode, Figures = fewer },
            r => grpc.SubmitDepartmentFiguresAsync(r));
        Assert.Equal("DEPARTMENT_FIGURES_WOULD_BE_REMOVED", removedInfo.Reason);
        Assert.Equal("total_investment.total_investment_wan", removedInfo.Metadata["figures"]);
    }

    /// <summary>The request refused over both transports with <paramref name="code"/>: one status, the same JSON; its ErrorInfo.</summary>
    private async Task<ErrorInfo> Same<TRequest, TResponse>(Code code, string path, TRequest request, Func<TRequest, AsyncUnaryCall<TResponse>> call)
        where TRequest : Google.Protobuf.IMessage
    {
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await call(request));
        var overGrpc = refused.GetRpcStatus()!;
        var response = await http.Post(path, request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal((int)code, overGrpc.Code);
        Assert.Equal(StatusJson.Format(overGrpc), body);
        return Detail<ErrorInfo>(StatusParser.Parse<Google.Rpc.Status>(body));
    }
}
