using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Files.Workbooks;
using Xunit;
using static ScoringKernel.TestSupport.JsonPort;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The round as the office runs it (issue 32), on a real server over HTTP/JSON and gRPC: the year's rule set, a
/// department's figures one by one, 报送截止 with writers still trying, publication under 文号 and 印发日期, and the
/// round's documents read back against its approved evaluation.
/// </summary>
public sealed partial class RoundOfficeHttpTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("sk-round-office-").FullName;
    private WebApplication app = null!;
    private HttpClient http = null!;
    private GrpcChannel channel = null!;
    private Contracts.V1.RoundService.RoundServiceClient grpc = null!;

    private const string Hengdong = "430424";

    public async Task InitializeAsync()
    {
        app = ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "http://127.0.0.1:0", "--metrics-url", "none",
            "--store", $"sqlite:{Path.Combine(folder, "rounds.db")}", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        http = new HttpClient { BaseAddress = new Uri(ScoringServer.Addresses(app)[1]) };
        channel = GrpcChannel.ForAddress(ScoringServer.Addresses(app)[0]);
        grpc = new Contracts.V1.RoundService.RoundServiceClient(channel);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        channel.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_year_without_its_rule_set_is_refused_with_the_year_in_ErrorInfo_over_HTTP_and_gRPC()
    {
        var (code, status) = await Failed(await http.Post("/v1/rounds", new OpenRoundRequest { Year = 2016 }, "en"));
        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Equal((int)Google.Rpc.Code.FailedPrecondition, status.Code);
        var info = Detail<ErrorInfo>(status);
        Assert.Equal("RULE_SET_FOR_YEAR_MISSING", info.Reason);
        Assert.Equal("2016", info.Metadata["year"]);
        Assert.Equal("this server holds no rule set for 2016 (loaded: hengyang-2015 (2015)): load that year's rule set or name one", Detail<LocalizedMessage>(status).Message);

        var e = await Assert.ThrowsAsync<RpcException>(() => grpc.OpenRoundAsync(new OpenRoundRequest { Year = 2016 }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Equal("hengyang-2015", (await grpc.OpenRoundAsync(new OpenRoundRequest { Year = 2015 })).Round.RuleSet.Id);
    }

    [Fact]
    public async Task A_departments_figures_entered_one_by_one_are_all_kept_and_a_silent_removal_is_refused_naming_them()
    {
        await Ok<OpenRoundResponse>(await http.Post("/v1/rounds", new OpenRoundRequest { Year = 2015 }));
        // The finance bureau's form: 扶贫开发总投入 830, then 本级财政预算安排 140, each with the figure it changes.
        await Ok<SubmitDepartmentFiguresResponse>(await http.PostJson("/v1/rounds:submitDepartmentFigures",
            """{"year": 2015, "unitCode": "430424", "figures": {"department": "DEPARTMENT_FINANCE_BUREAU", "figures": [{"figure": {"field": "FIGURE_FIELD_TOTAL_INVESTMENT_WAN"}, "value": "830"}]}, "updateMask": "totalInvestment.totalInvestmentWan"}"""));
        var second = await Ok<SubmitDepartmentFiguresResponse>(await http.PostJson("/v1/rounds:submitDepartmentFigures",
            """{"year": 2015, "unitCode": "430424", "figures": {"department": "DEPARTMENT_FINANCE_BUREAU", "figures": [{"figure": {"field": "FIGURE_FIELD_OWN_BUDGET_WAN"}, "value": "140"}]}, "updateMask": "ownBudget.ownBudgetWan"}"""));
        Assert.Equal(2, second.Department.Version);
        Assert.Equal(["total_investment_wan=830", "own_budget_wan=140"], Values(second.Department.Figures));

        // The same figure again: no new version, no event.
        var before = (await Round()).Etag;
        var same = await Ok<SubmitDepartmentFiguresResponse>(await http.PostJson("/v1/rounds:submitDepartmentFigures",
            """{"year": 2015, "unitCode": "430424", "figures": {"department": "DEPARTMENT_FINANCE_BUREAU", "figures": [{"figure": {"field": "FIGURE_FIELD_OWN_BUDGET_WAN"}, "value": "140.0"}]}, "updateMask": "ownBudget.ownBudgetWan"}"""));
        Assert.Equal(2, same.Department.Version);
        Assert.Equal(before, (await Round()).Etag);

        // Without a mask, a set that leaves out the 830 would remove it: refused, naming it; nothing written.
        var (code, status) = await Failed(await http.PostJson("/v1/rounds:submitDepartmentFigures",
            """{"year": 2015, "unitCode": "430424", "figures": {"department": "DEPARTMENT_FINANCE_BUREAU", "figures": [{"figure": {"field": "FIGURE_FIELD_OWN_BUDGET_WAN"}, "value": "150"}]}}"""));
        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Equal((int)Google.Rpc.Code.FailedPrecondition, status.Code);
        var info = Detail<ErrorInfo>(status);
        Assert.Equal("DEPARTMENT_FIGURES_WOULD_BE_REMOVED", info.Reason);
        Assert.Equal("total_investment.total_investment_wan", info.Metadata["figures"]);
        Assert.Contains("不在本次报送中", Detail<LocalizedMessage>(status).Message);
        Assert.Equal(before, (await Round()).Etag);

        // Named and not given: cleared. A path that names no figure, a figure given twice: refused at their fields.
        var cleared = await Ok<SubmitDepartmentFiguresResponse>(await http.PostJson("/v1/rounds:submitDepartmentFigures",
            """{"year": 2015, "unitCode": "430424", "figures": {"department": "DEPARTMENT_FINANCE_BUREAU"}, "updateMask": "ownBudget.ownBudgetWan"}"""));
        Assert.Equal(["total_investment_wan=830"], Values(cleared.Department.Figures));
        var (_, unknown) = await Failed(await http.PostJson("/v1/rounds:submitDepartmentFigures",
            """{"year": 2015, "unitCode": "430424", "figures": {"department": "DEPARTMENT_FINANCE_BUREAU"}, "updateMask": "ownBudget.nothing"}"""));
        Assert.Equal("UPDATE_MASK_PATH_UNKNOWN", Detail<ErrorInfo>(unknown).Reason);
        Assert.Equal("update_mask.paths[0]", Detail<BadRequest>(unknown).FieldViolations[0].Field);
        var (_, twice) = await Failed(await http.PostJson("/v1/rounds:submitDepartmentFigures",
            """{"year": 2015, "unitCode": "430424", "figures": {"department": "DEPARTMENT_FINANCE_BUREAU", "figures": [{"figure": {"field": "FIGURE_FIELD_OWN_BUDGET_WAN"}, "value": "140"}, {"figure": {"field": "FIGURE_FIELD_OWN_BUDGET_WAN"}, "value": "150"}]}, "updateMask": "ownBudget.ownBudgetWan"}"""));
        Assert.Equal((int)Google.Rpc.Code.InvalidArgument, twice.Code);
        Assert.Equal("FIGURE_GIVEN_TWICE", Detail<ErrorInfo>(twice).Reason);
        Assert.StartsWith("figures.figures[0]", Detail<BadRequest>(twice).FieldViolations[0].Field);
    }

    [Fact]
    public async Task A_self_evaluation_resubmitted_unchanged_makes_no_version_and_one_listing_more_villages_than_the_table_is_refused_at_submission()
    {
        await Ok<OpenRoundResponse>(await http.Post("/v1/rounds", new OpenRoundRequest { Year = 2015 }));
        var figures = Examples.Evaluation.Submissions.Single(s => s.SelfEvaluation.UnitCode == Hengdong).SelfEvaluation;
        var first = await Ok<SubmitSelfEvaluationResponse>(await http.Post("/v1/rounds:submitSelfEvaluation", new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = Hengdong, Figures = figures }));
        var again = await Ok<SubmitSelfEvaluationResponse>(await http.Post("/v1/rounds:submitSelfEvaluation", new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = Hengdong, Figures = figures, Etag = first.SelfEvaluation.Etag }));
        Assert.Equal((1, first.SelfEvaluation.Etag), (again.SelfEvaluation.Version, again.SelfEvaluation.Etag));
        Assert.Single((await Ok<ListRoundEventsResponse>(await http.GetAsync($"/v1/rounds/2015/events?unitCode={Hengdong}"))).Entries, e => e.Event.SelfEvaluationSubmitted is not null);

        var tooMany = figures.Clone();
        var poorVillages = Core.Targets.EmbeddedTargets.Table2015.Find(Core.Units.UnitCode.Known(Hengdong)).Map(t => t.Work.PoorVillages).IfNone(0);
        for (var i = tooMany.VillageAssistance.Villages.Count; i <= poorVillages; i++)
            tooMany.VillageAssistance.Villages.Add(new VillageFigures { Name = $"新村{i}", ResidentTeam = true, ProjectInvestmentWan = "30" });
        var (code, status) = await Failed(await http.Post("/v1/rounds:submitSelfEvaluation", new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = Hengdong, Figures = tooMany }));
        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Equal("VILLAGES_MORE_THAN_TABLE", Detail<ErrorInfo>(status).Reason);
        Assert.Equal("figures.village_assistance.villages", Detail<BadRequest>(status).FieldViolations[0].Field);
    }

    [Fact]
    public async Task With_writers_still_trying_the_office_closes_submissions_and_the_Leading_Groups_approval_goes_through()
    {
        await grpc.OpenRoundAsync(new OpenRoundRequest { Year = 2015 });
        await grpc.ImportRoundAsync(new ImportRoundRequest { Year = 2015, Evaluation = Examples.Evaluation });
        var selves = Examples.Evaluation.Submissions.Select(s => s.SelfEvaluation).ToList();
        using var stop = new CancellationTokenSource();
        var refusedAfterClose = new System.Collections.Concurrent.ConcurrentBag<RpcException>();
        var closed = 0;
        var accepted = 0;
        // Eight writers, each correcting a unit's figures again and again without an etag.
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var figures = selves[w].Clone();
            for (var k = 1; !stop.IsCancellationRequested; k++)
            {
                figures.HouseRenovation.HouseholdsRenovated = 100 + w * 1000 + k;
                var closedBefore = Volatile.Read(ref closed) == 1;
                try
                {
                    await grpc.SubmitSelfEvaluationAsync(new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = figures.UnitCode, Figures = figures });
                    Assert.False(closedBefore, "a self-evaluation was taken after submissions closed");
                    Interlocked.Increment(ref accepted);
                }
                catch (RpcException e)
                {
                    // Only closing refuses these writes: one already under way when the office closed is refused as well.
                    refusedAfterClose.Add(e);
                    await Task.Delay(5);
                }
            }
        })).ToList();
        while (Volatile.Read(ref accepted) < 20) await Task.Delay(10);

        var closing = await grpc.CloseSubmissionsAsync(new CloseSubmissionsRequest { Year = 2015, Reason = "年度报送截止" });
        Volatile.Write(ref closed, 1);
        Assert.Equal(RoundStatus.Closed, closing.Round.Status);
        Assert.Equal("年度报送截止", closing.Round.SubmissionsClosing.Reason);
        var evaluated = await grpc.EvaluateRoundAsync(new EvaluateRoundRequest { Year = 2015 });
        var approved = await grpc.ApproveRoundAsync(new ApproveRoundRequest { Year = 2015, EvaluationDigest = evaluated.Evaluation.Stamp.InputSha256 });
        Assert.Equal(RoundStatus.Approved, approved.Round.Status);
        while (refusedAfterClose.Count < 8) await Task.Delay(10);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.All(refusedAfterClose, e =>
        {
            Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
            var status = e.GetRpcStatus()!;
            var reason = status.Details.Single(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>().Reason;
            Assert.True(reason is "SUBMISSIONS_CLOSED" or "ROUND_APPROVED", reason);
            Assert.True(status.Details.Single(d => d.Is(LocalizedMessage.Descriptor)).Unpack<LocalizedMessage>().Message is var m
                && (m.StartsWith("报送已截止", StringComparison.Ordinal) || m.StartsWith("综合评定已经审定", StringComparison.Ordinal)), e.Status.Detail);
        });
        Assert.Contains(refusedAfterClose, e => e.GetRpcStatus()!.Details.Single(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>().Reason == "SUBMISSIONS_CLOSED");

        // Reopening submissions is the office's, with a reason; after approval it is the round that is reopened.
        var refused = await Assert.ThrowsAsync<RpcException>(() => grpc.ReopenSubmissionsAsync(new ReopenSubmissionsRequest { Year = 2015, Reason = "补报" }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        var reopened = await grpc.ReopenRoundAsync(new ReopenRoundRequest { Year = 2015, Reason = "财政局更正数据" });
        Assert.Equal(RoundStatus.Open, reopened.Round.Status);
        Assert.Null(reopened.Round.SubmissionsClosing);
    }

    private static string[] Values(DepartmentFigures figures) =>
        figures.Figures.Select(f => $"{Regex.Replace(f.Figure.Field.ToString(), "(?<=[a-z])([A-Z])", "_$1").ToLowerInvariant()}={f.Value}").ToArray();

    private async Task<Round> Round() => (await Ok<GetRoundResponse>(await http.GetAsync("/v1/rounds/2015"))).Round;
}
