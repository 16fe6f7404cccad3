using Google.Protobuf;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Server;
using Xunit;

namespace ScoringKernel.Cli.Tests;

public class CommandTests
{
    [Fact]
    public void Assess_prints_the_ranking_table_in_chinese_with_codes_and_grades()
    {
        var run = CliRun.Of("assess", CliRun.Example);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("县市组 (一类名额 3)", run.Out);
        var hengdong = run.Out.Split('\n').Single(l => l.Contains("430424"));
        Assert.Contains("衡东县", hengdong);
        Assert.Contains("94.67", hengdong);
        Assert.Contains("二类", hengdong);
        Assert.Contains("class_2", hengdong);
        Assert.Contains("取消排序资格", run.Out.Split('\n').Single(l => l.Contains("430407") && l.Contains('│')));
    }

    [Fact]
    public async Task Assess_as_json_parses_and_matches_the_servers_assess()
    {
        var run = CliRun.Of("assess", CliRun.Example, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var cli = JsonParser.Default.Parse<AssessResponse>(run.Out);

        var app = ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "none", "--metrics-url", "none", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        try
        {
            using var channel = GrpcChannel.ForAddress(ScoringServer.Addresses(app)[0]);
            var server = await new ScoringService.ScoringServiceClient(channel)
                .AssessAsync(JsonParser.Default.Parse<AssessRequest>(File.ReadAllText(CliRun.Example)));
            Assert.Equal(server, cli);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public void Assess_as_csv_has_a_row_per_unit()
    {
        var run = CliRun.Of("assess", CliRun.Example, "--format", "csv", "--policy", "started_units");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.TrimStart('\uFEFF').TrimEnd().Split("\r\n");
        Assert.Equal(13, lines.Length);
        Assert.StartsWith("unit_code,name,group,total", lines[0]);
        Assert.StartsWith("430423,衡山县,县市组,83.30,", lines.Single(l => l.StartsWith("430423")));
    }

    [Fact]
    public void Explain_shows_every_deduction_line_with_its_clause()
    {
        var run = CliRun.Of("explain", CliRun.Example, "430423");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("衡山县 (430423) 县市组: total 84.59", run.Out);
        foreach (var n in "一二三四五六七八九十") Assert.Contains($"附件1-{n}", run.Out);
        Assert.Contains("村025", run.Out);
        Assert.Contains("扶贫项目投入每少3万元扣0.5分", run.Out);
    }

    [Fact]
    public void Rules_prints_the_catalog_from_the_rule_set()
    {
        var run = CliRun.Of("rules");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("附件1-六", run.Out);
        Assert.Contains("investment_short.step = 3", run.Out);
        Assert.Contains("pass line 80", run.Out);
    }

    [Fact]
    public void Planner_questions_are_answered_from_the_command_line()
    {
        var scenario = CliRun.Temp("rate-17.5.json", """{"name":"17.5 %","overrides":[{"target":{"group":"ASSESSMENT_GROUP_COUNTIES_AND_CITIES","field":"TARGET_FIELD_REDUCTION_RATE_PERCENT","value":"17.5"}}]}""");
        var compare = CliRun.Of("compare", CliRun.Example, scenario);
        Assert.Equal(0, compare.ExitCode);
        var changning = compare.Out.Split('\n').Single(l => l.Contains("430482"));
        Assert.Contains("80.89 → 79.89", changning);
        Assert.Contains("pass line ↓", changning);

        var margins = CliRun.Of("margins", CliRun.Example, "430424", "--goal", "class_1");
        Assert.Equal(0, margins.ExitCode);
        var investment = margins.Out.Split('\n').Single(l => l.Contains("TotalInvestmentWan"));
        Assert.Contains("reachable", investment);
        Assert.Contains("821", investment);
        Assert.Contains("121", investment);
    }

    [Fact]
    public void Thresholds_answer_the_readme_questions_in_the_office_words()
    {
        var rate = CliRun.Of("thresholds", CliRun.Example, "--target", "reduction_rate_percent", "--scope", "counties_and_cities",
            "--condition", "at-least-qualified", "--count", "6", "--group", "counties_and_cities");
        Assert.Equal(0, rate.ExitCode);
        Assert.Contains("县市组 减贫率目标取 0 % – 17.39 %(含端点)时,“县市组至少 6 个单位合格”成立。", rate.Out);
        Assert.Contains("到 17.4 % 时:常宁市 总分 80.00 → 79.99(附件1-一 13.37 → 13.36),二类 → 不合格", rate.Out);

        var village = CliRun.Of("thresholds", CliRun.Example, "--target", "per_village_investment_wan", "--scope", "counties_and_cities",
            "--condition", "unit-class-1", "--unit", "430424", "--to", "100");
        Assert.Equal(0, village.ExitCode);
        Assert.Contains("[30.24, 33.03]", village.Out);

        var pass = CliRun.Of("thresholds", CliRun.Example, "--parameter", "pass_line", "--condition", "at-least-qualified", "--count", "5",
            "--group", "counties_and_cities", "--lang", "en");
        Assert.Equal(0, pass.ExitCode);
        Assert.Contains("[0, 84.59]", pass.Out);
        Assert.Contains("at 84.6 points: 衡山县 total 84.59, Class 2 → unqualified", pass.Out);
    }

    [Fact]
    public void Sweep_prints_a_line_per_point()
    {
        var run = CliRun.Of("sweep", CliRun.Example, "--figure", "430424:total_investment_wan", "--from", "700", "--to", "900", "--step", "20");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.TrimEnd().Split('\n');
        Assert.Equal(11, lines.Length);
        Assert.Contains("县市组 一类 3 二类 3", lines[0]);
        Assert.Contains("县市组 一类 3", lines[^1]);
    }

    [Fact]
    public void Targets_validate_reports_warnings_and_exits_0_on_the_2015_table()
    {
        var run = CliRun.Of("targets", "--validate");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("15 rows: 0 errors, 4 warnings", run.Out);
    }

    [Fact]
    public void Targets_validate_exits_2_when_totals_do_not_add_up()
    {
        var csv = File.ReadAllText(Path.Combine(CliRun.Root, "specs", "targets-2015.csv")).Replace("430400,衡阳市,total,399013", "430400,衡阳市,total,399014");
        var path = CliRun.Temp("bad.csv", csv);
        var run = CliRun.En("targets", path, "--validate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {path}: rows[0].baseline_population: 衡阳市 (430400): baseline_population 399014 is not the sum of the rows below it (399013)", run.Error);
        var zh = CliRun.Of("targets", path, "--validate");
        Assert.Contains($"error: {path}:衡阳市:2014年底贫困人口 399014 不等于以下各行之和(399013)", zh.Error);
    }

    [Fact]
    public void Targets_validate_tells_a_reduction_count_off_its_rate_in_the_offices_words()
    {
        var run = CliRun.Of("targets", "--validate");
        Assert.Contains("warning: targets-2015.csv:雁峰区:减贫人数 325 与 2014年底贫困人口 1963 × 16.5% = 323.9 相差 1.1 人(提示,不影响评分)", run.Out);
        Assert.Contains("祁东县:减贫人数 16000 与 2014年底贫困人口 91690 × 17.5% = 16045.8 相差 45.8 人", run.Out);
    }
}
