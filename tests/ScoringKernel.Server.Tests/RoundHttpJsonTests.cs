using System.Net;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ScoringKernel.Application.Rounds;
using ScoringKernel.Contracts.V1;
using Xunit;
using static ScoringKernel.TestSupport.JsonPort;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The round over the HTTP/JSON routes the contract declares (google.api.http on RoundService): the year driven by
/// plain JSON requests on a real server with its own SQLite file, each answer checked against what it must hold.
/// </summary>
public sealed class RoundHttpJsonTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("sk-round-http-").FullName;
    private WebApplication app = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        app = ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "http://127.0.0.1:0", "--metrics-url", "none",
            "--store", $"sqlite:{Path.Combine(folder, "rounds.db")}", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        http = new HttpClient { BaseAddress = new Uri(ScoringServer.Addresses(app)[1]) };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_year_over_HTTP_JSON_open_submit_find_withdraw_evaluate_approve_publish()
    {
        var example = Examples.Evaluation;

        // Open: POST /v1/rounds, body "*".
        var opened = await Ok<OpenRoundResponse>(await http.Post("/v1/rounds", new OpenRoundRequest { Year = 2015 }));
        Assert.Equal("rounds/2015", opened.Round.Name);
        Assert.Equal("1", opened.Round.Etag);
        Assert.Equal(RoundStatus.Open, opened.Round.Status);
        Assert.Equal(12, opened.Round.MissingSelfEvaluations.Count);
        Assert.Equal("development", opened.Round.Opened.Actor);
        Assert.Equal(opened.Round, (await Ok<GetRoundResponse>(await http.GetAsync("/v1/rounds/2015"))).Round);

        // Twelve self-evaluations, each on etag "0" (none submitted yet).
        var version = 1L;
        foreach (var s in example.Submissions)
        {
            var self = await Ok<SubmitSelfEvaluationResponse>(await http.Post("/v1/rounds:submitSelfEvaluation",
                new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = s.SelfEvaluation.UnitCode, Figures = s.SelfEvaluation, Etag = "0" }));
            version++;
            Assert.Equal($"rounds/2015/units/{s.SelfEvaluation.UnitCode}/selfEvaluation", self.SelfEvaluation.Name);
            Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), self.SelfEvaluation.Etag);
            Assert.Equal(1, self.SelfEvaluation.Version);
            Assert.Equal(s.SelfEvaluation, self.SelfEvaluation.Figures);
        }
        var first = example.Submissions[0].SelfEvaluation;
        var read = await Ok<GetSelfEvaluationResponse>(await http.GetAsync($"/v1/rounds/2015/units/{first.UnitCode}/selfEvaluation"));
        Assert.Equal("2", read.SelfEvaluation.Etag);
        Assert.Equal(first, Assert.Single(read.Versions).Figures);

        // A stale etag: HTTP 409, ABORTED, the current etag in ErrorInfo, nothing written.
        var changed = first.Clone();
        changed.PovertyReduction.PersonsLifted += 1;
        var (staleHttp, stale) = await Failed(await http.Post("/v1/rounds:submitSelfEvaluation",
            new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = first.UnitCode, Figures = changed, Etag = "0" }));
        Assert.Equal(HttpStatusCode.Conflict, staleHttp);
        Assert.Equal((int)Code.Aborted, stale.Code);
        var staleInfo = Detail<ErrorInfo>(stale);
        Assert.Equal("ETAG_STALE", staleInfo.Reason);
        Assert.Equal("2", staleInfo.Metadata["current_etag"]);
        Assert.Equal("0", staleInfo.Metadata["given_etag"]);
        Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), (await CurrentRound()).Etag);
        Assert.Equal(first, (await Ok<GetSelfEvaluationResponse>(await http.GetAsync($"/v1/rounds/2015/units/{first.UnitCode}/selfEvaluation"))).SelfEvaluation.Figures);

        // The departments' figures of the example.
        foreach (var s in example.Submissions)
            foreach (var d in s.Departments)
            {
                var submitted = await Ok<SubmitDepartmentFiguresResponse>(await http.Post("/v1/rounds:submitDepartmentFigures",
                    new SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = s.SelfEvaluation.UnitCode, Figures = d }));
                version++;
                Assert.Equal($"rounds/2015/units/{s.SelfEvaluation.UnitCode}/departments/{d.Department.WireName()}", submitted.Department.Name);
                Assert.Equal(d, submitted.Department.Figures);
            }

        // A bad figure: 400, the field violation at its proto path, in the caller's language; nothing written.
        var finance = new DepartmentFigures { Department = Department.FinanceBureau };
        finance.Figures.Add(new FigureValue { Figure = new FigureRef { Field = FigureField.TotalInvestmentWan }, Value = "-5" });
        // The one figure changed, named by the update mask: the bureau's other figures for the unit stay as they are.
        var bad = new SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = "430424", Figures = finance, UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "total_investment.total_investment_wan" } } };
        foreach (var (language, words) in new[] { ("zh-CN", "衡东县 的 附件1-八 扶贫开发总投入 不能为 -5"), ("en", "total_investment.total_investment_wan of unit 430424 cannot be -5") })
        {
            var (code, status) = await Failed(await http.Post("/v1/rounds:submitDepartmentFigures", bad, language));
            Assert.Equal(HttpStatusCode.BadRequest, code);
            Assert.Equal((int)Code.InvalidArgument, status.Code);
            var violation = Assert.Single(Detail<BadRequest>(status).FieldViolations);
            Assert.True(violation.Field == "figures.figures[0].value", status.ToString());
            Assert.Equal("VALUE_INVALID", violation.Reason);
            Assert.Contains("cannot be -5", violation.Description);
            Assert.Contains(words, violation.LocalizedMessage.Message);
            Assert.Equal(language, violation.LocalizedMessage.Locale);
            if (language == "zh-CN") Assert.DoesNotContain("cannot", violation.LocalizedMessage.Message);
        }
        Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), (await CurrentRound()).Etag);

        // The example's findings, and one more recorded and withdrawn with a reason.
        var n = 0;
        foreach (var s in example.Submissions)
            foreach (var f in s.Findings)
            {
                var recorded = await Ok<RecordFindingResponse>(await http.Post("/v1/rounds:recordFinding",
                    new RecordFindingRequest { Year = 2015, UnitCode = s.SelfEvaluation.UnitCode, FindingId = $"F{++n}", Finding = f, Inspector = "检查组" }));
                version++;
                Assert.Equal($"rounds/2015/findings/F{n}", recorded.Finding.Name);
                Assert.False(recorded.Finding.Withdrawn);
            }
        Assert.Equal(2, n);
        var extra = example.Submissions[1].Findings[0].Clone();
        extra.Value = "10";
        var mistaken = await Ok<RecordFindingResponse>(await http.Post("/v1/rounds:recordFinding",
            new RecordFindingRequest { Year = 2015, UnitCode = example.Submissions[1].SelfEvaluation.UnitCode, FindingId = "X1", Finding = extra, Inspector = "王检查" }));
        version++;
        var (staleWithdraw, _) = await Failed(await http.Post("/v1/rounds:withdrawFinding",
            new WithdrawFindingRequest { Year = 2015, FindingId = "X1", Reason = "复核后数据无误", Etag = "1" }));
        Assert.Equal(HttpStatusCode.Conflict, staleWithdraw);
        var withdrawn = await Ok<WithdrawFindingResponse>(await http.Post("/v1/rounds:withdrawFinding",
            new WithdrawFindingRequest { Year = 2015, FindingId = "X1", Reason = "复核后数据无误", Etag = mistaken.Finding.Etag }));
        version++;
        Assert.True(withdrawn.Finding.Withdrawn);
        Assert.Equal("复核后数据无误", withdrawn.Finding.WithdrawalReason);
        Assert.Equal("development", withdrawn.Finding.Withdrawal.Actor);

        // The history: one entry per event, in order, the last the withdrawal.
        var events = await Ok<ListRoundEventsResponse>(await http.GetAsync("/v1/rounds/2015/events"));
        Assert.Equal(Enumerable.Range(1, (int)version).Select(v => (long)v), events.Entries.Select(e => e.Version));
        Assert.Equal(RoundEvent.EventOneofCase.FindingWithdrawn, events.Entries[^1].Event.EventCase);
        Assert.All(events.Entries, e => Assert.Equal("development", e.Event.Mark.Actor));
        var ofUnit = await Ok<ListRoundEventsResponse>(await http.GetAsync($"/v1/rounds/2015/events?unitCode={first.UnitCode}"));
        Assert.Equal([1L, 2L], ofUnit.Entries.Select(e => e.Version));

        // The round's evaluation is the stateless Evaluate of the same sources, over HTTP: the same answer and stamp.
        var evaluated = await Ok<EvaluateRoundResponse>(await http.GetAsync("/v1/rounds/2015/evaluation"));
        Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), evaluated.Etag);
        var rounds = app.Services.GetRequiredService<Application.Rounds.RoundService>();
        var sources = Application.Rounds.RoundService.EvaluateRequestOf((await rounds.Load(2015)).State);
        var stateless = await Ok<EvaluateResponse>(await http.Post("/v1/evaluate", sources));
        // The round's stamp also names the chain head the evaluation was computed on.
        Assert.Equal((await rounds.Load(2015)).Head, evaluated.Evaluation.Stamp.RoundChainHead);
        stateless.Stamp.RoundChainHead = evaluated.Evaluation.Stamp.RoundChainHead;
        Assert.Equal(stateless, evaluated.Evaluation);
        Assert.Equal(64, evaluated.Evaluation.Stamp.InputSha256.Length);
        // And the example file as it is gives the same assessment: the round holds the file's sources.
        Assert.Equal((await Ok<EvaluateResponse>(await http.Post("/v1/evaluate", example))).Assessment, evaluated.Evaluation.Assessment);
        var digest = evaluated.Evaluation.Stamp.InputSha256;

        // A stale approval digest is refused (FAILED_PRECONDITION, 400), and so is a stale round etag (409).
        var (staleDigestHttp, staleDigest) = await Failed(await http.Post("/v1/rounds:approve", new ApproveRoundRequest { Year = 2015, EvaluationDigest = new string('0', 64) }, "en"));
        Assert.Equal(HttpStatusCode.BadRequest, staleDigestHttp);
        Assert.Equal((int)Code.FailedPrecondition, staleDigest.Code);
        Assert.Equal("STALE_DIGEST", Detail<ErrorInfo>(staleDigest).Reason);
        var (staleRound, staleRoundStatus) = await Failed(await http.Post("/v1/rounds:approve", new ApproveRoundRequest { Year = 2015, EvaluationDigest = digest, Etag = "1" }));
        Assert.Equal(HttpStatusCode.Conflict, staleRound);
        Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), Detail<ErrorInfo>(staleRoundStatus).Metadata["current_etag"]);
        Assert.Equal(RoundStatus.Open, (await CurrentRound()).Status);

        // Approve with the digest shown, on the current etag.
        var approved = await Ok<ApproveRoundResponse>(await http.Post("/v1/rounds:approve", new ApproveRoundRequest { Year = 2015, EvaluationDigest = digest, Etag = evaluated.Etag }));
        Assert.Equal(RoundStatus.Approved, approved.Round.Status);
        Assert.Equal(digest, approved.Round.Approval.EvaluationDigest);

        // After approval no source changes.
        var (frozenHttp, frozen) = await Failed(await http.Post("/v1/rounds:submitSelfEvaluation",
            new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = first.UnitCode, Figures = changed }));
        Assert.Equal(HttpStatusCode.BadRequest, frozenHttp);
        Assert.Equal((int)Code.FailedPrecondition, frozen.Code);
        Assert.Equal("ROUND_APPROVED", Detail<ErrorInfo>(frozen).Reason);

        // Publish the notice of the approved result, and get it back with the round.
        var published = await Ok<PublishNoticeResponse>(await http.Post("/v1/rounds:publishNotice", new PublishNoticeRequest { Year = 2015, EvaluationDigest = digest, NoticeNumber = "衡贫发〔2016〕3号", IssuedOn = "2016-03-15" }));
        Assert.Equal(RoundStatus.Published, published.Round.Status);
        var notice = await CurrentRound();
        Assert.Equal(RoundStatus.Published, notice.Status);
        Assert.Equal(digest, notice.Publication.EvaluationDigest);
        Assert.Equal(digest, notice.Approval.EvaluationDigest);
        Assert.Equal("development", notice.Publication.Approved.Actor);
        Assert.Equal((version + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), notice.Etag);
        var listed = await Ok<ListRoundsResponse>(await http.GetAsync("/v1/rounds"));
        Assert.Equal(notice, Assert.Single(listed.Rounds));
        // The export over HTTP (its times as RFC 3339 strings) reads back: into a store that has the round it is refused as such.
        var exported = await Ok<ExportRoundResponse>(await http.GetAsync("/v1/rounds/2015/export"));
        Assert.Equal(digest, exported.Export.EvaluationDigest);
        Assert.Equal(version + 2, exported.Export.Events.Count);
        var (againHttp, again) = await Failed(await http.Post("/v1/rounds:import", new ImportRoundRequest { Year = 2015, RoundExport = exported.Export }));
        Assert.Equal(HttpStatusCode.BadRequest, againHttp);
        Assert.Equal((int)Code.FailedPrecondition, again.Code);
        Assert.Equal("ROUND_EXISTS", Detail<ErrorInfo>(again).Reason);
        // The published result is still the one approved: evaluating again gives the same digest.
        Assert.Equal(digest, (await Ok<EvaluateRoundResponse>(await http.GetAsync("/v1/rounds/2015/evaluation"))).Evaluation.Stamp.InputSha256);
    }

    [Fact]
    public async Task Bad_input_on_the_JSON_port_is_a_google_rpc_Status_in_words_and_writes_nothing()
    {
        await Ok<OpenRoundResponse>(await http.Post("/v1/rounds", new OpenRoundRequest { Year = 2015 }));
        var (emptyHttp, empty) = await Failed(await http.PostAsync("/v1/rounds:import",
            new StringContent("{\"year\":2015,\"evaluation\":{}}", Encoding.UTF8, "application/json")));
        Assert.Equal(HttpStatusCode.BadRequest, emptyHttp);
        Assert.Equal((int)Code.InvalidArgument, empty.Code);
        Assert.Contains("holds no submission", empty.Message);
        foreach (var etag in new[] { "5\u0000", "\"5", "05" })
        {
            var (etagHttp, malformed) = await Failed(await http.PostAsync("/v1/rounds:reopen",
                new StringContent($"{{\"year\":2015,\"reason\":\"x\",\"etag\":{System.Text.Json.JsonSerializer.Serialize(etag)}}}", Encoding.UTF8, "application/json")));
            Assert.Equal(HttpStatusCode.BadRequest, etagHttp);
            Assert.Equal((int)Code.InvalidArgument, malformed.Code);
            if (etag != "5\u0000") Assert.Equal("ETAG_MALFORMED", malformed.Details.Single(d => d.Is(Google.Rpc.ErrorInfo.Descriptor)).Unpack<Google.Rpc.ErrorInfo>().Reason); // NUL may be refused by the JSON reader first
        }
        var (missingHttp, missing) = await Failed(await http.GetAsync("/v1/no/such/route"));
        Assert.Equal(HttpStatusCode.NotFound, missingHttp);
        Assert.Equal((int)Code.NotFound, missing.Code);
        Assert.Contains("GET /v1/no/such/route", missing.Message);
        var (methodHttp, method) = await Failed(await http.DeleteAsync("/v1/rounds/2015"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, methodHttp);
        Assert.Equal((int)Code.Unimplemented, method.Code);
        var verified = await Ok<VerifyRoundResponse>(await http.GetAsync("/v1/rounds/2015/verification"));
        Assert.True(verified.Intact);
        Assert.Equal(1, verified.Events);
    }

    private async Task<Round> CurrentRound() => (await Ok<GetRoundResponse>(await http.GetAsync("/v1/rounds/2015"))).Round;
}
