using System.CommandLine;
using ScoringKernel.Cli.Input;
using ScoringKernel.Files.Notice;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary>
/// <c>scoring report FILE --out notice.html [--format html|docx]</c>: the assessment notice as one self-contained HTML
/// file, or as a Word document laid out per GB/T 9704 for the office to edit and issue.
/// </summary>
public static class ReportCommand
{
    public static Command Build(CliServices s)
    {
        var file = CommonOptions.RequestFile();
        var output = new Option<string>("--out") { Required = true, Description = "Where to write the notice." };
        var format = CommonOptions.Format("html", "docx");
        var targets = CommonOptions.Targets();
        var policy = CommonOptions.Policy();
        var command = new Command("report", "Write the year's assessment notice (考核情况通报): a self-contained HTML page, or a .docx official document to edit and issue.") { file, output, format, targets, policy };
        command.SetAction(r =>
        {
            var request = r.GetValue(file)!;
            var evaluation = Requests.IsEvaluation(request) ? EvaluateCommand.Evaluate(s, request, r.GetValue(targets), r.GetValue(policy)) : null;
            var assessment = evaluation?.Assessment ?? AssessCommand.Assess(s, request, r.GetValue(targets), r.GetValue(policy)).Assessment;
            var basis = NoticeBasis.Of(s.Scoring.GetRuleSet(new P.GetRuleSetRequest { RuleSetId = assessment.RuleSetId }).OrFail(InputSource.None("rule_set_id"), s.Language).RuleSet);
            var path = r.GetValue(output)!;
            if (r.GetValue(format) == "docx") return WorkbookCommands.Save(s, path, NoticeDocument.Write(assessment, basis, evaluation));
            File.WriteAllText(path, NoticeReport.Render(assessment, basis, evaluation));
            s.Terminal.Out.WriteLine($"wrote {path}");
            return 0;
        });
        return command;
    }
}
