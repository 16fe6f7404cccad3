using System.CommandLine;
using ScoringKernel.Cli.Input;
using ScoringKernel.Cli.Output;
using Spectre.Console;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary><c>scoring explain FILE UNIT</c>: one unit's card, every deduction line with the clause it applies.</summary>
public static class ExplainCommand
{
    public static Command Build(CliServices s)
    {
        var file = CommonOptions.RequestFile();
        var unit = new Argument<string>("UNIT") { Description = "The unit's GB/T 2260 code, e.g. 430423." };
        var targets = CommonOptions.Targets();
        var policy = CommonOptions.Policy();
        var command = new Command("explain", "Explain one unit's score: every deduction line and its clause.") { file, unit, targets, policy };
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            var code = r.GetValue(unit)!;
            if (Requests.IsEvaluation(path))
            {
                var evaluation = EvaluateCommand.Evaluate(s, path, r.GetValue(targets), r.GetValue(policy));
                var u = evaluation.Units.FirstOrDefault(x => x.UnitCode == code)
                    ?? throw CliFailure.Invalid($"{path}: UNIT: no submission for unit '{code}' in the file (it has {string.Join(", ", evaluation.Units.Select(x => x.UnitCode))})");
                PrintEvaluation(s, u);
                return 0;
            }
            var (request, source) = Requests.Assess(path, r.GetValue(targets), r.GetValue(policy), s.Language);
            var figures = request.Units.FirstOrDefault(u => u.UnitCode == code)
                ?? throw CliFailure.Invalid($"{path}: UNIT: no figures for unit '{code}' in the file (it has {string.Join(", ", request.Units.Select(u => u.UnitCode))})");
            var card = s.Scoring.ScoreUnit(new P.ScoreUnitRequest { RuleSetId = request.RuleSetId, TargetTable = request.TargetTable, Unit = figures, UnitPolicy = request.UnitPolicy })
                .OrFail(source, s.Language).ScoreCard;
            Print(s, card);
            return 0;
        });
        return command;
    }

    /// <summary>A unit of an evaluation: self-evaluated against evaluated per indicator, the corrections, then the evaluated card explained.</summary>
    private static void PrintEvaluation(CliServices s, P.UnitEvaluation u)
    {
        s.Terminal.Out.WriteLine($"{u.Name} ({u.UnitCode}): self-evaluated {u.SelfEvaluated.Total}, evaluated {u.Evaluated.Total} ({u.TotalDifference}){(u.Overstated ? " — the self-evaluation overstated its total by a point or more" : "")}");
        var differences = new Table().AddColumns("条款", "自评", "核定", "差");
        foreach (var d in u.Differences)
            differences.AddRow(CliWords.Clause(d.Indicator), d.SelfEvaluated, d.Evaluated, d.Difference);
        s.Terminal.Write(differences);
        if (u.Corrections.Count == 0) s.Terminal.Out.WriteLine("corrections: none (every figure as the unit reported it)");
        else
        {
            var corrections = new Table().Title("corrections").AddColumns("figure", "reported", "evaluated", "by", "note");
            foreach (var c in u.Corrections)
                corrections.AddRow(Markup.Escape(c.Path), c.Reported, c.Evaluated, Markup.Escape(c.Source.Words), Markup.Escape(c.Source.Note));
            s.Terminal.Write(corrections);
        }
        Print(s, u.Evaluated);
    }

    public static void Print(CliServices s, P.ScoreCard card)
    {
        s.Terminal.Out.WriteLine($"{card.Name} ({card.UnitCode}) {CliWords.Group(card.Group)}: total {card.Total}{(card.FundsMisused ? " — funds misused: not ranked" : "")}");
        foreach (var i in card.IndicatorScores)
        {
            s.Terminal.Out.WriteLine();
            s.Terminal.Out.WriteLine($"{i.ClauseId}  {i.Score} of {i.StandardScore}  (deductions {Exact(i.RawDeduction, i.RawDeductionWritten)}{(i.Capped ? $", capped at {i.StandardScore}" : "")}; unrounded {Exact(i.UnroundedScore, i.UnroundedScoreWritten)})");
            var table = new Table().AddColumns("component", "subject", "评分标准", "target", "actual", "short", "steps", "per step", "deduction");
            foreach (var l in i.Lines)
                table.AddRow(l.Component, Markup.Escape(l.Subject), Markup.Escape(l.Words), Short(l.Target), Exact(l.Actual, l.ActualWritten), Exact(l.Shortfall, l.ShortfallWritten), Exact(l.Steps, l.StepsWritten), l.PerStep, Exact(l.Deduction, l.DeductionWritten));
            s.Terminal.Write(table);
        }
    }

    /// <summary>Exact values can run to 28 digits; the table shows 4 decimals (the JSON output keeps them all).</summary>
    /// <summary>A value as the contract writes it exactly: the division and its rounded display where it does not terminate ("2.33 ÷ 3 ≈ 0.7767").</summary>
    private static string Exact(string value, string written) => Markup.Escape(written.Length > 0 ? written : Short(value));

    private static string Short(string exact) =>
        decimal.TryParse(exact, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) && exact.Length > 12
            ? Math.Round(d, 4).ToString(System.Globalization.CultureInfo.InvariantCulture) + "…"
            : exact;
}
