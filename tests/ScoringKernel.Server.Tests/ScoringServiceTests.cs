using ScoringKernel.TestSupport;
using System.Net;
using System.Text;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using ScoringKernel.Application;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Core.Assessing;
using Xunit;
using static LanguageExt.Prelude;

namespace ScoringKernel.Server.Tests;

[Collection(ServerCollection.Name)]
public class ScoringServiceTests(ServerFixture server)
{
    private ScoringService.ScoringServiceClient Client => server.Client;

    [Fact]
    public async Task Health_check_answers_serving()
    {
        var health = new Health.HealthClient(server.Channel);
        var reply = await health.CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_scoring_service()
    {
        var reflection = new ServerReflection.ServerReflectionClient(server.Channel);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("scoringkernel.v1.ScoringService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }

    [Fact]
    public async Task ListRuleSets_names_the_embedded_2015_rule_set()
    {
        var reply = await Client.ListRuleSetsAsync(new ListRuleSetsRequest());
        var only = Assert.Single(reply.RuleSets);
        Assert.Equal("hengyang-2015", only.Id);
        Assert.Equal(2015, only.Year);
    }

    [Fact]
    public async Task GetRuleSet_serves_every_rule_with_its_clause_text_and_parameters()
    {
        var reply = await Client.GetRuleSetAsync(new GetRuleSetRequest());
        var rules = reply.RuleSet;

        Assert.Equal(10, rules.Indicators.Count);
        Assert.Equal(100m, rules.Indicators.Sum(i => decimal.Parse(i.StandardScore)));
        var six = rules.Indicators.Single(i => i.Indicator == Contracts.V1.Indicator.VillageAssistance);
        Assert.Equal("附件1-六", six.ClauseId);
        Assert.Contains("扶贫项目投入每少3万元扣0.5分", six.ScoringText);
        Assert.Contains(six.Parameters, p => p.Name == "investment_short.step" && p.Value == "3");
        Assert.Equal("80", rules.PassLine);
        Assert.Equal(3, rules.CountiesAndCitiesClass1Quota);
        Assert.Equal(2, rules.DistrictsClass1Quota);
    }

    [Fact]
    public async Task GetRuleSet_gives_the_words_of_every_grade_and_department_a_client_shows()
    {
        var rules = (await Client.GetRuleSetAsync(new GetRuleSetRequest())).RuleSet;
        Assert.Equal(["GRADE_CLASS_1:一类", "GRADE_CLASS_2:二类", "GRADE_UNQUALIFIED:不合格", "GRADE_DISQUALIFIED:取消排序资格"],
            rules.GradeLabels.Select(l => $"{l.Value}:{l.Label}"));
        Assert.Equal(["DEPARTMENT_ORGANIZATION:组织部", "DEPARTMENT_POVERTY_ALLEVIATION_OFFICE:扶贫办", "DEPARTMENT_STATISTICS_BUREAU:统计局",
            "DEPARTMENT_FINANCE_BUREAU:财政局", "DEPARTMENT_HOUSING_AND_CONSTRUCTION_BUREAU:住建局"], rules.DepartmentLabels.Select(l => $"{l.Value}:{l.Label}"));
    }

    [Fact]
    public async Task GetRuleSet_names_every_parameter_in_Chinese_with_the_path_a_scenario_sets()
    {
        var rules = (await Client.GetRuleSetAsync(new GetRuleSetRequest())).RuleSet;
        var all = rules.Indicators.SelectMany(i => i.Parameters).Concat(rules.RankingParameters).ToList();
        Assert.Equal(Core.Rules.RuleParameters.All.Count, all.Count);
        // Each label Chinese (no Latin word), each distinct within its clause, each path the kernel's own.
        Assert.All(all, p => Assert.DoesNotMatch("[A-Za-z]{2,}", p.Label));
        Assert.All(rules.Indicators, i => Assert.Equal(i.Parameters.Count, i.Parameters.Select(p => p.Label).Distinct().Count()));
        Assert.All(all, p => Assert.True(Core.Rules.RuleParameters.Find(p.Path).IsSome, p.Path));
        var one = rules.Indicators.Single(i => i.Indicator == Contracts.V1.Indicator.PovertyReduction).Parameters.Single(p => p.Name == "rate_short.deduction");
        Assert.Equal(("poverty_reduction.rate_short.deduction", "减贫率差距(百分点) 每档扣分"), (one.Path, one.Label));
        var four = rules.Indicators.Single(i => i.Indicator == Contracts.V1.Indicator.HouseRenovation).Parameters.Single(p => p.Name == "households_short.county.step");
        Assert.Equal("县市 危房改造差距(户) 每档", four.Label);
        Assert.Equal(new[] { ("pass_line", "合格线", "80"), ("quotas.counties_and_cities_class_1", "县市组一类名额", "3"), ("quotas.districts_class_1", "区组一类名额", "2") },
            rules.RankingParameters.Select(p => (p.Path, p.Label, p.Value)));
    }

    [Fact]
    public async Task An_unknown_rule_set_is_not_found()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => Client.GetRuleSetAsync(new GetRuleSetRequest { RuleSetId = "hengyang-1999" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Equal("rule_set_id", Violations(e).Single().Field);

        var assess = Examples.Illustrative;
        assess.RuleSetId = "nope";
        var e2 = await Assert.ThrowsAsync<RpcException>(() => Client.AssessAsync(assess).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, e2.StatusCode);
    }

    [Fact]
    public async Task GetTargetTable_serves_attachment_2_with_its_warnings()
    {
        var reply = await Client.GetTargetTableAsync(new GetTargetTableRequest());
        Assert.Equal(15, reply.TargetTable.Rows.Count);
        Assert.Equal("衡阳市", reply.TargetTable.Rows[0].Name);
        Assert.Equal(RowKind.Zone, reply.TargetTable.Rows[^1].Kind);
        Assert.All(reply.Issues, i => Assert.Equal(Severity.Warning, i.Severity));
        Assert.Equal(4, reply.Issues.Count);
    }

    [Fact]
    public async Task ValidateTargetTable_reports_totals_that_do_not_add_up()
    {
        var table = (await Client.GetTargetTableAsync(new GetTargetTableRequest())).TargetTable;
        var ok = await Client.ValidateTargetTableAsync(new ValidateTargetTableRequest { TargetTable = table });
        Assert.True(ok.Valid);

        table.Rows[3].TotalInvestmentWan = "101";
        var bad = await Client.ValidateTargetTableAsync(new ValidateTargetTableRequest { TargetTable = table });
        Assert.False(bad.Valid);
        Assert.Contains(bad.Issues, i => i.Severity == Severity.Error && i.Field == "rows[0].total_investment_wan");
    }

    [Fact]
    public async Task ValidateTargetTable_refuses_malformed_rows_with_field_paths()
    {
        var table = (await Client.GetTargetTableAsync(new GetTargetTableRequest())).TargetTable;
        table.Rows[2].ClearBaselinePopulation();
        table.Rows[4].ReductionRatePercent = "NaN";
        table.Rows[5].Kind = (RowKind)99;

        var e = await Assert.ThrowsAsync<RpcException>(() => Client.ValidateTargetTableAsync(new ValidateTargetTableRequest { TargetTable = table }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var fields = Violations(e).Select(v => v.Field).ToList();
        Assert.Contains("target_table.rows[2].baseline_population", fields);
        Assert.Contains("target_table.rows[4].reduction_rate_percent", fields);
        Assert.Contains("target_table.rows[5].kind", fields);
    }

    [Fact]
    public async Task ScoreUnit_reproduces_the_worked_example_with_every_deduction_line()
    {
        var reply = await Client.ScoreUnitAsync(new ScoreUnitRequest { Unit = Examples.Unit("430423") });
        var card = reply.ScoreCard;

        Assert.Equal("84.59", card.Total);
        Assert.Equal(new[] { "14.09", "17.50", "3.50", "4.40", "7.00", "15.00", "6.40", "4.75", "7.75", "4.20" }, card.IndicatorScores.Select(s => s.Score));
        Assert.All(card.IndicatorScores, s => Assert.StartsWith("附件1-", s.ClauseId));
        var rate = card.IndicatorScores[0].Lines.Single(l => l.Component == "reduction_rate");
        Assert.Equal("16.5", rate.Target);
        Assert.StartsWith("15.5920", rate.Actual);

        var started = await Client.ScoreUnitAsync(new ScoreUnitRequest { Unit = Examples.Unit("430423"), UnitPolicy = UnitPolicy.StartedUnits });
        Assert.Equal("83.30", started.ScoreCard.Total);
    }

    [Theory]
    [InlineData("430499", "not in the target table")]
    [InlineData("ZONE-BAISHA", "not scored")]
    public async Task ScoreUnit_of_an_unknown_or_unscored_unit_is_not_found(string code, string message)
    {
        var unit = Examples.Unit("430423");
        unit.UnitCode = code;
        var e = await Assert.ThrowsAsync<RpcException>(() => Client.ScoreUnitAsync(new ScoreUnitRequest { Unit = unit }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Equal("unit.unit_code", Violations(e).Single().Field);
        Assert.Contains(message, Violations(e).Single().Description);
    }

    [Fact]
    public async Task Assess_on_the_example_file_returns_what_the_kernel_computes()
    {
        var request = Examples.Illustrative;
        var reply = await Client.AssessAsync(request);

        var figures = request.Units.Select(u => FiguresMapping.ToDomain(u).Match(f => f, ps => throw new InvalidOperationException(ps.Head.ToString()))).ToSeq();
        var kernel = Assessor.Assess(TestSupport.Hengyang2015.RuleSet, Core.Targets.EmbeddedTargets.Table2015, figures).Match(a => a, ps => throw new InvalidOperationException(ps.Head.ToString()));
        var expected = ResultsMapping.FromDomain(kernel, TestSupport.Hengyang2015.RuleSet, new Core.Scoring.Explainer(TestSupport.Hengyang2015.RuleSet, Core.Targets.EmbeddedTargets.Table2015, figures), ScoringKernel.Words.Languages.Default);

        Assert.Equal(expected, reply.Assessment);
        Assert.Equal(12, reply.Assessment.ScoreCards.Count);
        Assert.Equal("84.59", reply.Assessment.ScoreCards.Single(c => c.UnitCode == "430423").Total);
        var counties = reply.Assessment.Groups.Single(g => g.Group == AssessmentGroup.CountiesAndCities);
        Assert.Equal(3, counties.Units.Count(u => u.Grade == Grade.Class1));
        var districts = reply.Assessment.Groups.Single(g => g.Group == AssessmentGroup.Districts);
        Assert.Equal(2, districts.Units.Count(u => u.Grade == Grade.Class1));
        Assert.Contains(districts.Units, u => u.Grade == Grade.Disqualified && u.Rank == 0);
    }

    [Fact]
    public async Task The_basic_view_carries_the_same_numbers_without_deduction_lines()
    {
        var full = await Client.AssessAsync(Examples.Illustrative);
        var request = Examples.Illustrative;
        request.View = AssessmentView.Basic;
        var basic = await Client.AssessAsync(request);

        Assert.All(basic.Assessment.ScoreCards.SelectMany(c => c.IndicatorScores), s => Assert.Empty(s.Lines));
        Assert.Equal(full.Assessment.Groups, basic.Assessment.Groups);
        Assert.Equal(full.Assessment.ScoreCards.Select(c => c.Total), basic.Assessment.ScoreCards.Select(c => c.Total));
        Assert.Equal(full.Stamp, basic.Stamp);
        Assert.True(basic.CalculateSize() * 3 < full.CalculateSize());

        request.View = (AssessmentView)7;
        var e = await Assert.ThrowsAsync<RpcException>(() => Client.AssessAsync(request).ResponseAsync);
        Assert.Equal("view", Violations(e).Single().Field);
    }

    [Fact]
    public async Task Invalid_figures_come_back_as_one_field_violation_per_problem()
    {
        var request = Examples.Illustrative;
        request.Units[3].HouseRenovation.HouseholdsRenovated = -4;
        request.Units[3].VillageIncome.GrowthPercent = "1,5";
        request.Units[5].VillageAssistance.Villages[1].ProjectInvestmentWan = "-3";
        request.Units[6].Leadership.ClearPlanWithMeasures();
        request.Units[7].WorkSystems.ImplementationPercent = "100.5";
        request.UnitPolicy = (UnitPolicy)42;

        var e = await Assert.ThrowsAsync<RpcException>(() => Client.AssessAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var fields = Violations(e).Select(v => v.Field).OrderBy(f => f).ToList();
        Assert.Equal(new[]
        {
            "unit_policy",
            "units[3].house_renovation.households_renovated",
            "units[3].village_income.growth_percent",
            "units[5].village_assistance.villages[1].project_investment_wan",
            "units[6].leadership.plan_with_measures",
            "units[7].work_systems.implementation_percent",
        }, fields);
        Assert.DoesNotContain("Exception", e.Status.Detail);
    }

    [Fact]
    public async Task Duplicate_and_missing_units_are_invalid_arguments()
    {
        var request = Examples.Illustrative;
        request.Units[1] = request.Units[0].Clone();

        var e = await Assert.ThrowsAsync<RpcException>(() => Client.AssessAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var violations = Violations(e);
        Assert.Contains(violations, v => v.Field == "units[1].unit_code" && v.Description.Contains("more than once"));
        Assert.Contains(violations, v => v.Field == "units" && v.Description.Contains("no figures for"));
    }

    [Fact]
    public async Task The_http_json_route_answers_assess_with_the_same_numbers()
    {
        var grpc = await Client.AssessAsync(Examples.Illustrative);

        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var response = await http.PostAsync("/v1/assess", new StringContent(Examples.IllustrativeJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonParser.Default.Parse<AssessResponse>(await response.Content.ReadAsStringAsync());

        Assert.Equal(grpc, json);
    }

    [Fact]
    public async Task The_http_json_route_answers_bad_input_with_400_and_field_violations()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var response = await http.PostAsync("/v1/scoreUnit", new StringContent("""{"unit":{"unitCode":"43"}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("unit.unit_code", body);
        Assert.Contains("google.rpc.BadRequest", body);
    }

    private static IReadOnlyList<BadRequest.Types.FieldViolation> Violations(RpcException e) =>
        e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.ToList() ?? throw new Xunit.Sdk.XunitException("no BadRequest detail in " + e.Status);
}
