using System.CommandLine;
using ScoringKernel.Cli.Input;
using ScoringKernel.Core.Targets;
using Spectre.Console;

namespace ScoringKernel.Cli.Commands;

/// <summary><c>scoring targets [FILE] [--validate]</c>: show a target table (CSV as in specs/), or check its totals and counts.</summary>
public static class TargetsCommand
{
    public static Command Build(CliServices s)
    {
        var file = new Argument<string?>("FILE") { Description = "Target table: CSV as in specs/, or a workbook (.xlsx, sheet 附件2) (default: the embedded 2015 Attachment 2).", Arity = ArgumentArity.ZeroOrOne };
        var validate = new Option<bool>("--validate") { Description = "Report totals that do not add up (errors, exit 2) and counts off their rate (warnings)." };
        var format = CommonOptions.Format("table", "xlsx");
        var output = new Option<string?>("--out") { Description = "With --format xlsx: where to write Attachment 2 as a workbook." };
        var command = new Command("targets", "Show or validate a target table, or write it as a workbook.") { file, validate, format, output };
        command.SetAction(r =>
        {
            var path = r.GetValue(file);
            var table = path is null ? EmbeddedTargets.Table2015 : Requests.Targets(path, s.Language);
            if (r.GetValue(format) == "xlsx")
                return WorkbookCommands.Save(s, r.GetValue(output) ?? "targets.xlsx", Files.Workbooks.TargetsWorkbook.Write(table));
            if (!r.GetValue(validate))
            {
                var view = new Table().AddColumns("代码", "名称", "kind", "2014贫困人口", "减贫率%", "减贫人数", "总投入", "本级预算", "社会投入", "危房", "到人", "到户", "贫困村");
                foreach (var row in table.Rows)
                {
                    var p = row.Population;
                    var w = row.Work;
                    view.AddRow(row.Code.Value, Markup.Escape(row.Name), row.Kind.Word(), $"{p.BaselinePopulation}", $"{p.ReductionRatePercent}", $"{p.ReductionCount}",
                        w.Match(x => $"{x.TotalInvestmentWan}", ""), w.Match(x => $"{x.OwnBudgetWan}", ""), w.Match(x => $"{x.SocialInvestmentWan}", ""),
                        w.Match(x => $"{x.HousesToRenovate}", ""), w.Match(x => $"{x.PersonsToReach}", ""), w.Match(x => $"{x.HouseholdsToReach}", ""),
                        w.Match(x => $"{x.PoorVillages}", ""));
                }
                s.Terminal.Write(view);
                return 0;
            }
            var issues = TargetTableCheck.Validate(table);
            foreach (var issue in issues)
                (issue.Severity == Severity.Error ? s.Terminal.Error : s.Terminal.Out)
                    .WriteLine($"{(issue.Severity == Severity.Error ? "error" : "warning")}: {InputSource.None(path ?? "targets-2015.csv").Describe(issue.Problem, s.Language)}");
            var errors = issues.Count(i => i.Severity == Severity.Error);
            s.Terminal.Out.WriteLine($"{table.Rows.Count} rows: {errors} errors, {issues.Count - errors} warnings");
            return errors > 0 ? CliFailure.InvalidInput : 0;
        });
        return command;
    }
}
