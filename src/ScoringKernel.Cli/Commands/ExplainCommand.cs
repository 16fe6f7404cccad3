using System.CommandLine;
using System.Globalization;
using ScoringKernel.Application;
using ScoringKernel.Cli.Input;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Validation;
using ScoringKernel.Files;
using ScoringKernel.Words;
using Spectre.Console;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary><c>scoring explain FILE UNIT</c>: one unit's card, every deduction line with the clause it applies.</summary>
public static class ExplainCommand
{
    public static Command Build(CliServices s)
    {
        var file = CommonOptions.RequestFile();
        var unit = new Argument<string>("UNIT") { Description = "The unit's GB/T 2260 code or its name, e.g. 430423 or 衡山县." };
        var targets = CommonOptions.Targets();
        var policy = CommonOptions.Policy();
        var command = new Command("explain", "Explain one unit's score: every deduction line and its clause.") { file, unit, targets, policy };
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            var code = r.GetValue(unit)!;
            if (Requests.IsEvaluation(path))
            {
                var evaluated = EvaluateCommand.Evaluated(s, path, r.GetValue(targets), r.GetValue(policy));
                var u = evaluated.Result.Units.Find(x => x.Unit.Value == code || x.Name == code).IfNone(() =>
                    throw NotInFile(s, path, code, evaluated.Result.Units.Select(x => (x.Unit.Value, x.Name))));
                PrintEvaluation(s, evaluated.Rules, u, evaluated.Resolved);
                return 0;
            }
            var (request, source) = Requests.Assess(path, r.GetValue(targets), r.GetValue(policy), s.Language);
            var names = s.Scoring.Entry(request.RuleSetId).Match(e => e.Targets.Units.ToDictionary(u => u.Code.Value, u => u.Name), _ => []);
            var figures = request.Units.FirstOrDefault(u => u.UnitCode == code || names.GetValueOrDefault(u.UnitCode) == code)
                ?? throw NotInFile(s, path, code, request.Units.Select(u => (u.UnitCode, names.GetValueOrDefault(u.UnitCode) ?? "")));
            var scored = s.Scoring.ScoredUnitOf(new P.ScoreUnitRequest { RuleSetId = request.RuleSetId, TargetTable = request.TargetTable, Unit = figures, UnitPolicy = request.UnitPolicy })
                .OrFail(source, s.Language);
            Print(s, scored.Rules, scored.Card, scored.Explainer);
            return 0;
        });
        return command;
    }

    /// <summary>A unit the file has no figures for, named in the command line's language with the units it has.</summary>
    private static CliFailure NotInFile(CliServices s, string path, string given, IEnumerable<(string Code, string Name)> units)
    {
        var listed = string.Join(s.Language == Language.En ? ", " : "、", units.Select(u => u.Name.Length > 0 ? $"{u.Code} {u.Name}" : u.Code));
        return CliFailure.Invalid(s.Language == Language.En
            ? $"{path}: UNIT: no figures for unit '{given}' in the file (it has {listed})"
            : $"{path}:单位:文件中没有“{given}”的数据(文件中有 {listed})");
    }

    /// <summary>A unit of an evaluation: self-evaluated against evaluated per indicator, the corrections, then the evaluated card explained.</summary>
    private static void PrintEvaluation(CliServices s, RuleSet rules, UnitEvaluation u, Explainer evaluated)
    {
        string S(decimal score) => ResultWords.Score(score, rules.ScoreDecimals);
        s.Terminal.Out.WriteLine($"{u.Name} ({u.Unit.Value}): self-evaluated {S(u.SelfEvaluated.Total)}, evaluated {S(u.Evaluated.Total)} ({S(u.TotalDifference)}){(u.Overstated ? " — the self-evaluation overstated its total by a point or more" : "")}");
        var differences = new Table().AddColumns("条款", "自评", "核定", "差");
        foreach (var d in u.Differences)
            differences.AddRow(Labels.Clause(d.Indicator), S(d.SelfEvaluated), S(d.Evaluated), S(d.Difference));
        s.Terminal.Write(differences);
        if (u.Corrections.IsEmpty) s.Terminal.Out.WriteLine("corrections: none (every figure as the unit reported it)");
        else
        {
            var corrections = new Table().Title("corrections").AddColumns("figure", "reported", "evaluated", "by", "note");
            foreach (var c in u.Corrections)
                corrections.AddRow(Markup.Escape(FigureKeys.Path(c.Figure)), DecimalParsing.Format(c.Reported), DecimalParsing.Format(c.Evaluated),
                    Markup.Escape(ResultWords.SourceWords(c.Source)), Markup.Escape(ResultWords.SourceNote(c.Source)));
            s.Terminal.Write(corrections);
        }
        Print(s, rules, u.Evaluated, evaluated);
    }

    public static void Print(CliServices s, RuleSet rules, ScoreCard card, Explainer explainer)
    {
        string S(decimal score) => ResultWords.Score(score, rules.ScoreDecimals);
        s.Terminal.Out.WriteLine($"{card.Name} ({card.Unit.Value}) {Labels.Group(card.Group)}: total {S(card.Total)}{(card.FundsMisused ? " — funds misused: not ranked" : "")}");
        foreach (var i in card.Indicators)
        {
            var standard = DecimalParsing.Format(i.Standard);
            s.Terminal.Out.WriteLine();
            s.Terminal.Out.WriteLine($"{i.ClauseId}  {S(i.Score)} of {standard}  (deductions {Exact(i.ExactRawDeduction)}{(i.Capped ? $", capped at {standard}" : "")}; unrounded {Exact(i.ExactUnrounded)})");
            var table = new Table().AddColumns("component", "subject", "评分标准", "target", "actual", "short", "steps", "per step", "deduction");
            foreach (var l in explainer.Lines(card.Unit, i.Indicator))
                table.AddRow(l.Component.Key, Markup.Escape(l.Subject), Markup.Escape(l.Words), Short(l.Target.ToDecimal()), Exact(l.Actual), Exact(l.Shortfall), Exact(l.Steps), DecimalParsing.Format(l.PerStep), Exact(l.Deduction));
            s.Terminal.Write(table);
        }
    }

    /// <summary>A value as the contract writes it exactly: the division and its rounded display where it does not terminate ("2.33 ÷ 3 ≈ 0.7767").</summary>
    private static string Exact(Rational value) => Markup.Escape(value.WrittenIfNotFinite() is { Length: > 0 } written ? written : Short(value.ToDecimal()));

    /// <summary>Exact values can run to 28 digits; the table shows 4 decimals (the JSON output keeps them all).</summary>
    private static string Short(decimal value) =>
        DecimalParsing.Format(value) is { Length: > 12 } ? Math.Round(ResultWords.Exact(value), 4).ToString(CultureInfo.InvariantCulture) + "…" : DecimalParsing.Format(value);
}
