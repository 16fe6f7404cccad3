using System.CommandLine;
using ScoringKernel.Cli.Input;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Files.Notice;

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
            RuleSet rules;
            Assessment assessment;
            Explainer lines;
            EvaluationResult? evaluation = null;
            if (Requests.IsEvaluation(request))
            {
                var e = EvaluateCommand.Evaluated(s, request, r.GetValue(targets), r.GetValue(policy));
                (rules, assessment, lines, evaluation) = (e.Rules, e.Result.Assessment, e.Resolved, e.Result);
            }
            else
            {
                var a = AssessCommand.Assessed(s, request, r.GetValue(targets), r.GetValue(policy));
                (rules, assessment, lines) = (a.Rules, a.Assessment, a.Explainer);
            }
            var basis = s.Scoring.NoticeBasis(rules.Id) ?? NoticeBasis.Of(rules);
            var path = r.GetValue(output)!;
            if (r.GetValue(format) == "docx") return WorkbookCommands.Save(s, path, NoticeDocument.Write(rules, assessment, basis, evaluation));
            File.WriteAllText(path, NoticeReport.Render(rules, assessment, lines, basis, evaluation));
            s.Terminal.Out.WriteLine($"wrote {path}");
            return 0;
        });
        return command;
    }
}
