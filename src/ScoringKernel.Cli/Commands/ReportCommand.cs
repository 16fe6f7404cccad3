using System.CommandLine;
using ScoringKernel.Cli.Input;
using ScoringKernel.Cli.Output;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary><c>scoring report FILE --out notice.html</c>: the assessment notice as one self-contained HTML file.</summary>
public static class ReportCommand
{
    public static Command Build(CliServices s)
    {
        var file = CommonOptions.RequestFile();
        var output = new Option<string>("--out") { Required = true, Description = "Where to write the HTML notice." };
        var targets = CommonOptions.Targets();
        var policy = CommonOptions.Policy();
        var command = new Command("report", "Write the year's assessment notice (考核情况通报) as a self-contained HTML page.") { file, output, targets, policy };
        command.SetAction(r =>
        {
            var request = r.GetValue(file)!;
            var evaluation = Requests.IsEvaluation(request) ? EvaluateCommand.Evaluate(s, request, r.GetValue(targets), r.GetValue(policy)) : null;
            var assessment = evaluation?.Assessment ?? AssessCommand.Assess(s, request, r.GetValue(targets), r.GetValue(policy)).Assessment;
            var passLine = s.Scoring.GetRuleSet(new P.GetRuleSetRequest { RuleSetId = assessment.RuleSetId }).OrFail(InputSource.None("rule_set_id"), s.Language).RuleSet.PassLine;
            var path = r.GetValue(output)!;
            File.WriteAllText(path, NoticeReport.Render(assessment, passLine, evaluation));
            s.Terminal.Out.WriteLine($"wrote {path}");
            return 0;
        });
        return command;
    }
}
