using System.Net;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using ScoringKernel.Contracts.V1;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>The comprehensive evaluation over gRPC and HTTP/JSON, on specs/examples/evaluation-2015.json.</summary>
[Collection(ServerCollection.Name)]
public class EvaluationServiceTests(ServerFixture server)
{
    private ScoringService.ScoringServiceClient Client => server.Client;

    [Fact]
    public async Task The_example_over_gRPC_corrects_three_units_and_moves_two_across_a_line()
    {
        var reply = await Client.EvaluateAsync(Examples.Evaluation);

        var corrected = reply.Units.Where(u => u.Corrections.Count > 0).Select(u => u.UnitCode).ToList();
        Assert.Equal(new[] { "430406", "430424", "430482" }, corrected);

        var changning = reply.Units.Single(u => u.UnitCode == "430482");
        Assert.Equal(("80.89", "79.69", "-1.20", true), (changning.SelfEvaluated.Total, changning.Evaluated.Total, changning.TotalDifference, changning.Overstated));
        var houses = Assert.Single(changning.Corrections);
        Assert.Equal(("house_renovation.households_renovated", "48", "44"), (houses.Path, houses.Reported, houses.Evaluated));
        Assert.Equal(FigureSource.Types.Kind.Finding, houses.Source.Kind);
        Assert.Equal(CheckKind.YearEnd, houses.Source.Check);
        Assert.Contains("4户", houses.Source.Note);

        // Ranking and grades read the evaluated figures: 常宁市 falls below 80, 衡东县 enters Class 1, 耒阳市 leaves it.
        var grades = reply.Assessment.Groups.SelectMany(g => g.Units).ToDictionary(u => u.UnitCode, u => u.Grade);
        Assert.Equal(Grade.Unqualified, grades["430482"]);
        Assert.Equal(Grade.Class1, grades["430424"]);
        Assert.Equal(Grade.Class2, grades["430481"]);
        var hengdong = reply.Units.Single(u => u.UnitCode == "430424");
        Assert.Equal(("94.67", "95.32"), (hengdong.SelfEvaluated.Total, hengdong.Evaluated.Total));
        Assert.Equal(Department.FinanceBureau, Assert.Single(hengdong.Corrections).Source.Department);

        var yanfeng = reply.Units.Single(u => u.UnitCode == "430406");
        Assert.Equal(new[] { "village_assistance.villages[村001].resident_team", "village_assistance.villages[村002].project_investment_wan" },
            yanfeng.Corrections.Select(c => c.Path));

        // Every figure says where it came from; the evaluated card is the assessment's card.
        Assert.All(reply.Units, u => Assert.True(u.Figures.Count >= 19));
        Assert.Equal(reply.Assessment.ScoreCards.Single(c => c.UnitCode == "430482"), changning.Evaluated);
        Assert.Contains(reply.Warnings, w => w.Field == "submissions[7].departments[0].figures[0]" && w.Message.Contains("住建局、扶贫办"));
        Assert.Matches("^[0-9a-f]{64}$", reply.Stamp.InputSha256);
    }

    [Fact]
    public async Task The_stamp_covers_every_source()
    {
        var request = Examples.Evaluation;
        var withoutFinding = request.Clone();
        withoutFinding.Submissions.Single(s => s.SelfEvaluation.UnitCode == "430406").Findings.Clear();
        var a = await Client.EvaluateAsync(request);
        var b = await Client.EvaluateAsync(withoutFinding);
        var again = await Client.EvaluateAsync(request);
        Assert.NotEqual(a.Stamp.InputSha256, b.Stamp.InputSha256);
        Assert.Equal(a.Stamp.InputSha256, again.Stamp.InputSha256);
    }

    [Fact]
    public async Task The_example_over_HTTP_JSON_gives_the_same_answer_as_gRPC()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var response = await http.PostAsync("/v1/evaluate", new StringContent(File.ReadAllText(Examples.EvaluationPath), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonParser.Default.Parse<EvaluateResponse>(await response.Content.ReadAsStringAsync());
        var grpc = await Client.EvaluateAsync(Examples.Evaluation);
        Assert.Equal(grpc, json);
    }

    public static TheoryData<string, string> BadSubmissions() => new()
    {
        { "unknown figure field", "submissions[11].findings[0].figure.field" },
        { "unknown village", "submissions[11].findings[0].figure.village.name" },
        { "department outside the list", "submissions[8].departments[0].department" },
        { "two findings, one figure, two values", "submissions[11].findings[1].value" },
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task A_bad_submission_is_one_field_violation_and_nothing_is_scored(string mistake, string field)
    {
        var request = Examples.Evaluation;
        var changning = request.Submissions.Single(s => s.SelfEvaluation.UnitCode == "430482");
        var hengdong = request.Submissions.Single(s => s.SelfEvaluation.UnitCode == "430424");
        switch (mistake)
        {
            case "unknown figure field": changning.Findings[0].Figure = new FigureRef { Field = (FigureField)99 }; break;
            case "unknown village": changning.Findings[0].Figure = new FigureRef { Village = new VillageFigureRef { Name = "无此村", Field = VillageField.ResidentTeam } }; break;
            case "department outside the list": hengdong.Departments[0].Department = (Department)99; break;
            case "two findings, one figure, two values":
                var second = changning.Findings[0].Clone();
                second.Value = "46";
                second.Date = "2015-11-02";
                changning.Findings.Add(second);
                break;
        }
        var e = await Assert.ThrowsAsync<RpcException>(() => Client.EvaluateAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var violation = Assert.Single(e.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal(field, violation.Field);
    }
}
