using System.CommandLine;
using Google.Protobuf;
using ScoringKernel.Cli.Input;
using ScoringKernel.Words;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary>
/// <c>scoring thresholds FILE (--parameter PATH | --target FIELD --scope SCOPE | --figure UNIT:FIELD) --condition KIND
/// [--unit CODE] [--count K] [--group GROUP] [--from A] [--to B]</c>: the exact values for which the condition holds.
/// </summary>
public static class ThresholdsCommand
{
    public static Command Build(CliServices s)
    {
        var file = CommonOptions.File();
        var parameter = new Option<string?>("--parameter") { Description = "A rule-set parameter path, e.g. pass_line (see 'scoring rules')." };
        var target = new Option<string?>("--target") { Description = "A target column, e.g. reduction_rate_percent." };
        var scope = new Option<string?>("--scope") { Description = "For --target: a unit code, county, county_city, district, counties_and_cities or districts." };
        var figure = new Option<string?>("--figure") { Description = "UNIT:FIELD, e.g. 430424:total_investment_wan." };
        var condition = new Option<string>("--condition") { Required = true, Description = "none-below-pass, unit-qualified, unit-class-1, unit-keeps-rank, at-least-qualified or no-grade-change." };
        condition.AcceptOnlyFromAmong("none-below-pass", "unit-qualified", "unit-class-1", "unit-keeps-rank", "at-least-qualified", "no-grade-change");
        var unit = new Option<string?>("--unit") { Description = "For unit-qualified, unit-class-1, unit-keeps-rank: the unit's code." };
        var count = new Option<int>("--count") { Description = "For at-least-qualified: how many." };
        var group = new Option<string?>("--group") { Description = "counties_and_cities or districts (default: every group)." };
        group.AcceptOnlyFromAmong("counties_and_cities", "districts");
        var from = new Option<string?>("--from") { Description = "First value examined (default: the parameter's whole domain)." };
        var to = new Option<string?>("--to") { Description = "Last value examined, included." };
        var format = CommonOptions.Format("table", "json");
        var command = new Command("thresholds", "The exact values of one parameter, target or figure for which a condition holds, and who binds at each end.")
            { file, parameter, target, scope, figure, condition, unit, count, group, from, to, format };
        command.SetAction(r =>
        {
            var (baseRequest, source) = Requests.Assess(r.GetValue(file)!, null, null, s.Language);
            var request = new P.GetThresholdsRequest
            {
                Base = baseRequest,
                Template = SweepCommand.Template(r.GetValue(parameter), r.GetValue(target), r.GetValue(scope), r.GetValue(figure)),
                Condition = new P.ThresholdCondition
                {
                    Kind = r.GetValue(condition) switch
                    {
                        "none-below-pass" => P.ThresholdCondition.Types.Kind.NoneBelowPassLine,
                        "unit-qualified" => P.ThresholdCondition.Types.Kind.UnitQualified,
                        "unit-class-1" => P.ThresholdCondition.Types.Kind.UnitClass1,
                        "unit-keeps-rank" => P.ThresholdCondition.Types.Kind.UnitKeepsRank,
                        "at-least-qualified" => P.ThresholdCondition.Types.Kind.AtLeastQualified,
                        _ => P.ThresholdCondition.Types.Kind.NoGradeChange,
                    },
                    UnitCode = r.GetValue(unit) ?? "",
                    Count = r.GetValue(count),
                    Group = r.GetValue(group) switch
                    {
                        "counties_and_cities" => P.AssessmentGroup.CountiesAndCities,
                        "districts" => P.AssessmentGroup.Districts,
                        _ => P.AssessmentGroup.Unspecified,
                    },
                },
                From = r.GetValue(from) ?? "",
                To = r.GetValue(to) ?? "",
            };
            var reply = s.Scenarios.Thresholds(request, s.Language).OrFail(source, s.Language);
            if (r.GetValue(format) == "json") { s.Terminal.Out.WriteLine(JsonFormatter.Default.Format(reply)); return 0; }
            var zh = s.Language == Language.ZhCn;
            s.Terminal.Out.WriteLine(reply.LocalizedSummary.Message);
            foreach (var i in reply.Intervals)
            {
                s.Terminal.Out.WriteLine($"  [{i.Low.Value}, {i.High.Value}]");
                if (i.Low.Beyond.Length > 0) s.Terminal.Out.WriteLine((zh ? "    下端 " : "    below: ") + i.Low.LocalizedDescription.Message);
                if (i.High.Beyond.Length > 0) s.Terminal.Out.WriteLine((zh ? "    上端 " : "    above: ") + i.High.LocalizedDescription.Message);
            }
            s.Terminal.Out.WriteLine(zh
                ? $"(取值格点 {reply.Grid};分析范围 {reply.From} – {reply.To};断点 {reply.Breakpoints} 个;指标计分 {reply.Evaluations} 次)"
                : $"(grid {reply.Grid}; range {reply.From} – {reply.To}; {reply.Breakpoints} breakpoints; {reply.Evaluations} indicator scorings)");
            return 0;
        });
        return command;
    }
}
