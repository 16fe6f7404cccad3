using System.CommandLine;
using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Application.RuleSets;
using ScoringKernel.Cli.Input;
using ScoringKernel.Core;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Validation;
using ScoringKernel.Files.RuleSets;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using static LanguageExt.Prelude;

namespace ScoringKernel.Cli.Commands;

/// <summary>
/// <c>scoring rules verify FILE</c> and <c>scoring rules diff A B</c>: a maintainer's proposed rule set checked at load and
/// against the invariants, and two rule sets compared parameter by parameter (and, given figures, unit by unit).
/// </summary>
public static class RuleSetFileCommands
{
    /// <summary><c>--rule-sets DIR</c> on every command: a folder of rule-set files beside the embedded one.</summary>
    public const string FolderOption = "--rule-sets";

    public static System.CommandLine.Option<string?> Folder() => new(FolderOption) { Description = "A folder of rule-set files (*.yaml) and their target tables, loaded beside the embedded one.", Recursive = true };

    /// <summary>The embedded rule set and those of <c>--rule-sets</c> (relative to the working directory); a folder missing or unreadable is exit 2 in Chinese and English.</summary>
    public static RuleSetCatalog Catalog(string? folder, Language language)
    {
        if (folder is null) return RuleSetCatalog.Embedded;
        try
        {
            return RuleSetCatalog.WithFolder(Application.Setup.SetupPaths.Folder(FolderOption, folder)).Match(
                l => l.Catalog,
                ps => throw new CliFailure(CliFailure.InvalidInput, ps.Map(p => RuleSetProblemLines.Of(p.File, p.Problem, language)).Strict()));
        }
        catch (Application.Setup.SetupMistake mistake) { throw CliFailure.Of(mistake); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliFailure.Of(new Application.Setup.SetupMistake(FolderOption, folder, $"读不了这个文件夹里的规则集文件:{e.Message}", $"cannot read the rule-set files of this folder: {e.Message}"));
        }
    }

    private static LoadedRuleSet Load(string path, string? targets, Language language) =>
        RuleSetLoader.Load(path, targets).Match(l => l, ps => throw new CliFailure(CliFailure.InvalidInput, ps.Map(p => RuleSetProblemLines.Of(path, p, language)).Strict()));

    private static Seq<UnitFigures> Figures(string path, Language language)
    {
        var (request, source) = Requests.Assess(path, null, null, language);
        return Valid.Each(i => new Step.UnitEntry(i, null), request.Units, FiguresMapping.ToDomain)
            .Match(fs => fs, ps => throw new CliFailure(CliFailure.InvalidInput, ps.Map(p => source.Describe(p, language)).Strict()));
    }

    public static Command Verify(CliServices s)
    {
        var file = new Argument<string>("FILE") { Description = "The rule-set file (YAML)." };
        var targets = CommonOptions.Targets();
        var figures = new System.CommandLine.Option<string?>("--figures") { Description = "An AssessRequest JSON: assess it under the rule set too." };
        var cases = new System.CommandLine.Option<int>("--cases") { Description = $"Generated cases per invariant not proved (default {RuleSetVerifier.DefaultCases}).", DefaultValueFactory = _ => RuleSetVerifier.DefaultCases };
        var seed = new System.CommandLine.Option<ulong>("--seed") { Description = "Seed of the generated cases (default: random, reported)." };
        var command = new Command("verify", "Check a proposed rule set at load and against the invariants: proved, held on N generated cases, or failed with a counterexample.") { file, targets, figures, cases, seed };
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            var loaded = Load(path, r.GetValue(targets), s.Language);
            var rules = loaded.File.Rules;
            s.Terminal.Out.WriteLine($"{rules.Title}  [{rules.Id} v{rules.Version}, {rules.Year}, {loaded.File.Document.Number} {loaded.File.Document.Date:yyyy-MM-dd}{(loaded.File.Invented ? ", INVENTED" : "")}]  sha256 {loaded.File.Sha256}");
            foreach (var issue in loaded.Issues)
                s.Terminal.Out.WriteLine((issue.Severity == Core.Targets.Severity.Error ? "error: " : "warning: ") + RuleSetProblemLines.Of(path, issue.Problem, s.Language));
            var verdicts = RuleSetVerifier.Verify(rules, loaded.File.MaximumTotal, loaded.Targets, r.GetValue(cases), r.GetValue(seed));
            var names = UnitNames.Of(loaded.Targets);
            foreach (var v in verdicts)
                s.Terminal.Out.WriteLine($"{(v.Verdict.IsFailed ? "FAIL" : "ok  ")} {InvariantWords.Code(v.Invariant)}: {InvariantWords.Sentence(v, s.Language, names)}");
            if (r.GetValue(figures) is { } figuresPath)
                Kernel.Assess(rules, loaded.Targets, Figures(figuresPath, s.Language)).Match(
                    a => s.Terminal.Out.WriteLine(string.Join("; ", a.Cards.OrderByDescending(c => c.Total).Select(c => $"{c.Name} {DecimalParsing.Format(c.Total, rules.ScoreDecimals)}"))),
                    ps => throw new CliFailure(CliFailure.InvalidInput, ps.Map(p => ProblemWords.Sentence(p, s.Language)).Strict()));
            var adoptable = loaded.Errors.IsEmpty && !verdicts.Exists(v => v.Verdict.IsFailed);
            s.Terminal.Out.WriteLine(adoptable ? "adoptable: every check passed" : "NOT adoptable");
            return adoptable ? 0 : 1;
        });
        return command;
    }

    public static Command Diff(CliServices s)
    {
        var a = new Argument<string>("A") { Description = "The rule-set file in force." };
        var b = new Argument<string>("B") { Description = "The proposed rule-set file." };
        var figures = new System.CommandLine.Option<string?>("--figures") { Description = "An AssessRequest JSON: the effect on every unit, as scoring compare shows it." };
        var command = new Command("diff", "Each parameter that changed between two rule sets, old → new, with its clause; given figures, the effect on every unit.") { a, b, figures };
        command.SetAction(r =>
        {
            var (pa, pb) = (r.GetValue(a)!, r.GetValue(b)!);
            var (la, lb) = (Load(pa, null, s.Language), Load(pb, null, s.Language));
            var (ra, rb) = (la.File.Rules, lb.File.Rules);
            s.Terminal.Out.WriteLine($"{ra.Id} ({ra.Year}, {la.File.Document.Number}) → {rb.Id} ({rb.Year}, {lb.File.Document.Number}{(lb.File.Invented ? ", INVENTED" : "")})");
            var changed = 0;
            foreach (var p in RuleParameters.All)
            {
                var (before, after) = (p.Get(ra), p.Get(rb));
                if (before == after) continue;
                changed++;
                var clause = p.Indicator.Match(i => Labels.Clause(i, s.Language), () => s.Language == Language.ZhCn ? "六" : "section 6");
                s.Terminal.Out.WriteLine($"  {clause}  {p.Path}: {DecimalParsing.Format(before)} → {DecimalParsing.Format(after)}");
            }
            foreach (var (name, before, after) in new[]
            {
                ("unit_policy", ra.Policy.ToString(), rb.Policy.ToString()),
                ("tie_break_order", string.Join(",", ra.TieBreakOrder.Map(i => i.Key())), string.Join(",", rb.TieBreakOrder.Map(i => i.Key()))),
                ("score_decimals", ra.ScoreDecimals.ToString(), rb.ScoreDecimals.ToString()),
                ("maximum_total", DecimalParsing.Format(la.File.MaximumTotal), DecimalParsing.Format(lb.File.MaximumTotal)),
                ("targets", la.File.TargetsFile, lb.File.TargetsFile),
            })
                if (before != after) { changed++; s.Terminal.Out.WriteLine($"  {name}: {before} → {after}"); }
            var rowsChanged = la.Targets.Rows.Count(row => lb.Targets.Rows.Find(x => x.Code == row.Code).Map(x => x != row).IfNone(true));
            if (rowsChanged > 0) s.Terminal.Out.WriteLine($"  Attachment 2: {rowsChanged} of {la.Targets.Rows.Count} rows differ");
            s.Terminal.Out.WriteLine($"{changed} parameter(s) changed");
            if (r.GetValue(figures) is { } figuresPath)
            {
                var fs = Figures(figuresPath, s.Language);
                var comparison =
                    from before in Kernel.Assess(ra, la.Targets, fs)
                    from after in Kernel.Assess(rb, lb.Targets, fs)
                    select ScenarioComparer.Compare($"{ra.Id} → {rb.Id}", ra, before, rb, after);
                comparison.Match(
                    c => CompareCommand.Print(s, ScenarioMapping.FromDomain(c, rb.ScoreDecimals, s.Language)),
                    ps => throw new CliFailure(CliFailure.InvalidInput, ps.Map(p => ProblemWords.Sentence(p, s.Language)).Strict()));
            }
            return 0;
        });
        return command;
    }
}
