using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Server.Services;
using Xunit;

namespace ScoringKernel.Server.Tests;

[Collection(ServerCollection.Name)]
public class ScenarioServiceTests(ServerFixture server)
{
    private ScenarioService.ScenarioServiceClient Client => new(server.Channel);

    [Fact]
    public async Task A_reduction_rate_target_of_17_5_for_every_county_drops_changning_below_80()
    {
        var request = new CompareScenariosRequest
        {
            Base = Examples.Illustrative,
            Scenarios =
            {
                new Scenario
                {
                    Name = "17.5 % for the county group",
                    Overrides = { new Override { Target = new TargetOverride { Group = AssessmentGroup.CountiesAndCities, Field = TargetField.ReductionRatePercent, Value = "17.5" } } },
                },
            },
        };

        var reply = await Client.CompareScenariosAsync(request);

        var units = reply.Comparisons.Single().Units;
        var below = units.Where(u => decimal.Parse(u.TotalAfter) < 80m).Select(u => u.Name).OrderBy(n => n).ToList();
        Assert.Equal(new[] { "常宁市", "祁东县" }, below);
        var changning = units.Single(u => u.UnitCode == "430482");
        Assert.Equal("80.89", changning.TotalBefore);
        Assert.Equal("79.89", changning.TotalAfter);
        Assert.Equal(Crossing.Types.Boundary.PassLine, changning.Crossings.Single().Boundary);
        Assert.Equal(Crossing.Types.Direction.Down, changning.Crossings.Single().Direction);
        // 衡山县: rate 15.5921 % is now 1.9079 short of 17.5 instead of 0.9079 short of 16.5: one point less.
        Assert.Equal("83.59", units.Single(u => u.UnitCode == "430423").TotalAfter);
        Assert.All(units.Where(u => u.Group == AssessmentGroup.Districts), u => Assert.Equal("0.00", u.TotalDelta));
    }

    [Fact]
    public async Task Hengdong_needs_121_wan_more_total_investment_for_class_1()
    {
        var reply = await Client.GetMarginsAsync(new GetMarginsRequest { Base = Examples.Illustrative, UnitCode = "430424", Goal = Goal.Class1 });

        var investment = reply.Margins.Single(m => m.Field == FigureField.TotalInvestmentWan);
        Assert.Equal(MarginStatus.Reachable, investment.Status);
        Assert.Equal("700", investment.Current);
        Assert.Equal("821", investment.Required);
        Assert.Equal("121", investment.Change);
        // 耒阳市 holds the last Class 1 place at 95.27 and wins a tie on the indicator scores, so 95.28 is needed.
        Assert.Equal("95.28", investment.ThresholdTotal);
        Assert.Equal(MarginStatus.Unreachable, reply.Margins.Single(m => m.Field == FigureField.IncomeYuan).Status);

        var at821 = Examples.Illustrative;
        at821.Units.Single(u => u.UnitCode == "430424").TotalInvestment.TotalInvestmentWan = "821";
        var at820 = Examples.Illustrative;
        at820.Units.Single(u => u.UnitCode == "430424").TotalInvestment.TotalInvestmentWan = "820";
        var scoring = new ScoringService.ScoringServiceClient(server.Channel);
        Assert.Equal(Contracts.V1.Grade.Class1, GradeOf(await scoring.AssessAsync(at821), "430424"));
        Assert.Equal(Contracts.V1.Grade.Class2, GradeOf(await scoring.AssessAsync(at820), "430424"));
    }

    [Fact]
    public async Task Reach_shows_the_district_floor()
    {
        var reply = await Client.GetReachAsync(new GetReachRequest());
        var yanfeng = reply.Reaches.Single(r => r.UnitCode == "430406");
        Assert.Equal("15.00", yanfeng.LowestTotal);
        Assert.Equal("100.00", yanfeng.HighestTotal);
        Assert.Equal("3.00", reply.Reaches.Single(r => r.UnitCode == "430421").LowestTotal);
    }

    [Fact]
    public async Task A_sweep_streams_every_point()
    {
        var request = new SweepScenarioRequest
        {
            Base = Examples.Illustrative,
            Template = new Override { Parameter = new ParameterOverride { Path = "pass_line", Value = "0" } },
            Start = "80", Stop = "96", Step = "4",
        };
        using var call = Client.SweepScenario(request);
        var points = new List<SweepPoint>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None)) points.Add(call.ResponseStream.Current.Point);

        Assert.Equal(new[] { "80", "84", "88", "92", "96" }, points.Select(p => p.Value));
        int Unqualified(SweepPoint p) => p.GradeCounts.Where(c => c.Grade == Contracts.V1.Grade.Unqualified).Sum(c => c.Count);
        // Eligible totals: counties 99.50 95.87 95.27 94.67 84.59 80.89 55.49, districts 100 97.75 91.99 80.68 (石鼓区 disqualified).
        Assert.Equal(new[] { 1, 3, 4, 5, 8 }, points.Select(Unqualified));
    }

    [Fact]
    public async Task A_sweep_whose_scenario_breaks_an_invariant_says_so_on_its_first_point()
    {
        async Task<List<SweepScenarioResponse>> Sweep(string path, string start, string stop, string step)
        {
            using var call = Client.SweepScenario(new SweepScenarioRequest
            {
                Base = Examples.Illustrative,
                Template = new Override { Parameter = new ParameterOverride { Path = path, Value = "0" } },
                Start = start, Stop = stop, Step = step,
            });
            var all = new List<SweepScenarioResponse>();
            while (await call.ResponseStream.MoveNext(CancellationToken.None)) all.Add(call.ResponseStream.Current);
            return all;
        }

        // 附件1-一's standard from 15 to 30: at 30 the standards sum to 115, and "total ≤ 100" no longer holds.
        var broken = await Sweep("poverty_reduction.standard", "15", "30", "5");
        Assert.NotEmpty(broken[0].InvariantViolations);
        Assert.All(broken[0].InvariantViolations, v => Assert.StartsWith("scenario 30:", v.Description));
        Assert.All(broken.Skip(1), r => Assert.Empty(r.InvariantViolations));
        // The pass line moves no invariant.
        Assert.Empty((await Sweep("pass_line", "70", "90", "5"))[0].InvariantViolations);
    }

    [Fact]
    public async Task Cancelling_a_10000_point_sweep_stops_the_servers_work_promptly()
    {
        var progress = server.Services.GetRequiredService<SweepProgress>();
        var request = new SweepScenarioRequest
        {
            Base = Examples.Illustrative,
            // A scoring parameter: every point re-scores all 12 units, so the whole sweep takes the server a good part of a second.
            Template = new Override { Parameter = new ParameterOverride { Path = "total_investment.investment_short.county.deduction", Value = "0" } },
            Start = "0", Stop = "9.999", Step = "0.001",
        };
        var before = progress.Computed;
        var afterCancellationBefore = progress.ComputedAfterCancellation;
        // The smallest HTTP/2 window a client may ask for, kept fixed: the server can run at most ~100 points ahead of the reader.
        AppContext.SetSwitch("System.Net.SocketsHttpHandler.Http2FlowControl.DisableDynamicWindowSizing", true);
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(server.GrpcAddress, new Grpc.Net.Client.GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { InitialHttp2StreamWindowSize = 65_535 },
        });
        using var cts = new CancellationTokenSource();
        using var call = new ScenarioService.ScenarioServiceClient(channel).SweepScenario(request, cancellationToken: cts.Token);
        var received = 0;
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            while (await call.ResponseStream.MoveNext(cts.Token))
                if (++received == 5) cts.Cancel();
        });
        var stopped = await WaitUntilSteady(() => progress.Computed);

        Assert.True(received >= 5);
        Assert.True(stopped - before < 10_000, $"the server computed all {stopped - before} points");
        Assert.InRange(progress.ComputedAfterCancellation - afterCancellationBefore, 0, 5);
    }

    [Fact]
    public async Task A_client_that_vanishes_mid_sweep_leaves_the_server_serving()
    {
        var progress = server.Services.GetRequiredService<SweepProgress>();
        var afterCancellationBefore = progress.ComputedAfterCancellation;
        var request = new SweepScenarioRequest
        {
            Base = Examples.Illustrative,
            Template = new Override { Parameter = new ParameterOverride { Path = "total_investment.investment_short.county.deduction", Value = "0" } },
            Start = "0", Stop = "9.999", Step = "0.001",
        };
        var channel = Grpc.Net.Client.GrpcChannel.ForAddress(server.GrpcAddress);
        var call = new ScenarioService.ScenarioServiceClient(channel).SweepScenario(request);
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        // Vanish: drop the connection without cancelling the call.
        channel.Dispose();
        await WaitUntilSteady(() => progress.Computed);

        Assert.InRange(progress.ComputedAfterCancellation - afterCancellationBefore, 0, 5);
        var reply = await new ScoringService.ScoringServiceClient(server.Channel).AssessAsync(Examples.Illustrative);
        Assert.Equal(12, reply.Assessment.ScoreCards.Count);
    }

    [Fact]
    public async Task A_deadline_that_has_passed_is_answered_deadline_exceeded()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => new ScoringService.ScoringServiceClient(server.Channel)
            .AssessAsync(Examples.Illustrative, deadline: DateTime.UtcNow.AddMilliseconds(-1)).ResponseAsync);
        Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
    }

    [Fact]
    public async Task A_sweep_over_10000_points_is_refused_before_any_work()
    {
        var request = new SweepScenarioRequest
        {
            Base = Examples.Illustrative,
            Template = new Override { Parameter = new ParameterOverride { Path = "pass_line", Value = "0" } },
            Start = "0", Stop = "100", Step = "0.001",
        };
        using var call = Client.SweepScenario(request);
        var e = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("10000", e.Status.Detail);
    }

    [Fact]
    public async Task Bad_overrides_are_named_by_path()
    {
        var request = new CompareScenariosRequest
        {
            Base = Examples.Illustrative,
            Scenarios =
            {
                new Scenario
                {
                    Name = "bad",
                    Overrides =
                    {
                        new Override { Parameter = new ParameterOverride { Path = "no.such", Value = "1" } },
                        new Override { Figure = new FigureOverride { UnitCode = "430424", Field = FigureField.ImplementationPercent, Value = "120" } },
                        new Override(),
                    },
                },
            },
        };
        var e = await Assert.ThrowsAsync<RpcException>(() => Client.CompareScenariosAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var fields = Grpc.Core.RpcExceptionExtensions.GetRpcStatus(e)!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("scenarios[0].overrides[0].parameter.path", fields);
        Assert.Contains("scenarios[0].overrides[2]", fields);  // the override itself: "kind" is a oneof, not a field
    }

    private static GetThresholdsRequest Thresholds(Override template, ThresholdCondition condition, string to = "") =>
        new() { Base = Examples.Illustrative, Template = template, Condition = condition, To = to };

    [Fact]
    public async Task The_readme_threshold_questions_have_their_exact_answers()
    {
        // How high can the county group's reduction-rate target go before another county falls below 80 (six of seven stay qualified)?
        var rate = await Client.GetThresholdsAsync(Thresholds(
            new Override { Target = new TargetOverride { Group = AssessmentGroup.CountiesAndCities, Field = TargetField.ReductionRatePercent } },
            new ThresholdCondition { Kind = ThresholdCondition.Types.Kind.AtLeastQualified, Count = 6, Group = AssessmentGroup.CountiesAndCities }));
        var only = Assert.Single(rate.Intervals);
        Assert.Equal(("0", "17.39", "17.4"), (only.Low.Value, only.High.Value, only.High.Beyond));
        var changning = only.High.Changes.Single(c => c.UnitCode == "430482");
        Assert.Equal(("80.00", "79.99", Contracts.V1.Grade.Class2, Contracts.V1.Grade.Unqualified), (changning.TotalBefore, changning.TotalAfter, changning.GradeBefore, changning.GradeAfter));
        Assert.Equal(Indicator.PovertyReduction, Assert.Single(changning.Scores).Indicator);
        Assert.Contains("常宁市 总分 80.00 → 79.99", only.High.LocalizedDescription.Message);

        // No county is below 80 at any target: 祁东县 is at 55.49 already.
        var none = await Client.GetThresholdsAsync(Thresholds(
            new Override { Target = new TargetOverride { Group = AssessmentGroup.CountiesAndCities, Field = TargetField.ReductionRatePercent } },
            new ThresholdCondition { Kind = ThresholdCondition.Types.Kind.NoneBelowPassLine, Group = AssessmentGroup.CountiesAndCities }));
        Assert.Empty(none.Intervals);

        // Up to which per-village investment target (set for the county group) is 衡东县 in Class 1? Only between 30.24 and 33.03.
        var village = await Client.GetThresholdsAsync(Thresholds(
            new Override { Target = new TargetOverride { Group = AssessmentGroup.CountiesAndCities, Field = TargetField.PerVillageInvestmentWan } },
            new ThresholdCondition { Kind = ThresholdCondition.Types.Kind.UnitClass1, UnitCode = "430424" }, to: "100"));
        var band = Assert.Single(village.Intervals);
        Assert.Equal(("30.24", "30.23", "33.03", "33.04"), (band.Low.Value, band.Low.Beyond, band.High.Value, band.High.Beyond));
        Assert.Equal(Contracts.V1.Grade.Unqualified, band.High.Changes.Single(c => c.UnitCode == "430424").GradeAfter);
        Assert.Equal(Contracts.V1.Grade.Class1, band.Low.Changes.Single(c => c.UnitCode == "430422").GradeAfter);
        // Set for 衡东县 alone, no per-village target makes it Class 1.
        var alone = await Client.GetThresholdsAsync(Thresholds(
            new Override { Target = new TargetOverride { UnitCode = "430424", Field = TargetField.PerVillageInvestmentWan } },
            new ThresholdCondition { Kind = ThresholdCondition.Types.Kind.UnitClass1, UnitCode = "430424" }));
        Assert.Empty(alone.Intervals);

        // Which pass lines leave at least five of the seven counties qualified? Up to 84.59 (衡山县's total).
        var pass = await Client.GetThresholdsAsync(Thresholds(
            new Override { Parameter = new ParameterOverride { Path = "pass_line" } },
            new ThresholdCondition { Kind = ThresholdCondition.Types.Kind.AtLeastQualified, Count = 5, Group = AssessmentGroup.CountiesAndCities }));
        var lines = Assert.Single(pass.Intervals);
        Assert.Equal(("0", "84.59", "84.6"), (lines.Low.Value, lines.High.Value, lines.High.Beyond));
        Assert.Equal("430423", Assert.Single(lines.High.Changes).UnitCode);
    }

    [Fact]
    public async Task A_unit_policy_template_is_refused_with_its_reason()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => Client.GetThresholdsAsync(Thresholds(
            new Override { Policy = new PolicyOverride { UnitPolicy = UnitPolicy.WholeUnits } },
            new ThresholdCondition { Kind = ThresholdCondition.Types.Kind.NoGradeChange })).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
    }

    private static Contracts.V1.Grade GradeOf(AssessResponse r, string code) =>
        r.Assessment.Groups.SelectMany(g => g.Units).Single(u => u.UnitCode == code).Grade;

    private static async Task<long> WaitUntilSteady(Func<long> read)
    {
        var last = read();
        for (var i = 0; i < 50; i++)
        {
            await Task.Delay(100);
            var now = read();
            if (now == last) return now;
            last = now;
        }
        return last;
    }
}
