using ScoringKernel.TestSupport;
using LanguageExt;
using ScoringKernel.Files.Notice;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using Xunit;
using static LanguageExt.Prelude;

namespace ScoringKernel.Cli.Tests;

/// <summary>
/// The regulation's words are rendered from the parameters in force: a scenario that changes any parameter of the
/// catalog shows the new number in the explanation's lines, the served catalog and the printed notice.
/// </summary>
public class RegulationWordsTests
{
    private static readonly RuleSet Base = Hengyang2015.RuleSet;
    /// <summary>
    /// Attachment 2 with income, growth and per-village investment left empty for every unit, so that the rule set's own
    /// targets for them apply (with the 2015 table, which gives them, a scenario that sets them is refused).
    /// </summary>
    private static readonly TargetTable Table = EmbeddedTargets.Table2015.Units.Fold(EmbeddedTargets.Table2015, (table, u) =>
        table.WithRow(TargetRow.Create(u.Code, u.Name, table.Rows.Find(r => r.Code == u.Code).Map(r => r.Kind).IfNone(RowKind.County), u.Population,
            Some(WorkTargets.Create(u.Work.TotalInvestmentWan, u.Work.OwnBudgetWan, u.Work.SectorInvestmentWan, u.Work.SocialInvestmentWan,
                None, None, u.Work.HousesToRenovate, u.Work.PersonsToReach, u.Work.HouseholdsToReach, u.Work.PoorVillages, None)
                .Match(w => w, ps => throw new InvalidOperationException(ps.Head.ToString()))))
            .Match(r => r, ps => throw new InvalidOperationException(ps.Head.ToString()))));

    public static TheoryData<string> Parameters() => new(RuleParameters.All.Map(p => p.Path));

    [Theory]
    [MemberData(nameof(Parameters))]
    public void A_scenario_that_changes_a_parameter_shows_the_new_number_everywhere_the_rule_is_read(string path)
    {
        var def = RuleParameters.Find(path).IfNone(() => throw new Xunit.Sdk.XunitException($"no parameter {path}"));
        var value = Distinct(def);
        var scenario = new Scenario("words", Seq1<Override>(new Override.Parameter(def, value)));
        var rules = ScenarioApplication.Apply(new ScenarioBase(Base, Table, Seq<UnitFigures>()), scenario)
            .Match(b => b.Rules, ps => throw new Xunit.Sdk.XunitException(ps.Head.ToString()));
        var number = DecimalParsing.Format(value);

        // Worst figures make every component of every rule deduct, so the notice shows every line's words.
        var figures = Table.Units.Map(Reach.Worst).Strict();
        var assessment = Core.Kernel.Assess(rules, Table, figures).Match(a => a, ps => throw new Xunit.Sdk.XunitException(ps.Head.ToString()));
        var wire = ResultsMapping.FromDomain(assessment, rules, new Explainer(rules, Table, figures), ScoringKernel.Words.Languages.Default);
        var catalog = RulesMapping.FromDomain(rules);
        var notice = NoticeReport.Render(rules, assessment, new Explainer(rules, Table, figures), NoticeBasis.Of(rules));

        var changed = Components(rules).Filter(x => x.Words != x.Component.Words(Base, x.Kind)).Strict();
        def.Indicator.Match(
            indicator =>
            {
                var served = catalog.Indicators.Single(i => i.Indicator == EnumMapping.FromDomain(indicator));
                Assert.Contains(served.Parameters, p => p.Name == def.Name && p.Value == number);
                if (!changed.IsEmpty)
                    foreach (var (component, kind, words) in changed)
                    {
                        Assert.Contains(number, words);
                        // The explanation line of a unit of that kind carries the new words …
                        var unit = Table.Units.Find(u => u.Kind.RateKind() == kind).IfNone(() => throw new Xunit.Sdk.XunitException("no unit"));
                        var lines = Scorer.Explain(rules, unit, Reach.Worst(unit), component.Indicator).Filter(l => l.Component == component);
                        Assert.NotEmpty(lines);
                        Assert.All(lines, l => Assert.Equal(words, l.Words));
                        // … the catalog's 评分标准 (三 states its two components in one sentence) and the notice's deduction tables too.
                        Assert.Contains(number, served.ScoringText);
                        Assert.Contains($"<td>{words}</td>", notice);
                    }
                else if (def.Name == "standard")
                {
                    Assert.Equal(number, served.StandardScore);
                    var scores = wire.ScoreCards.SelectMany(c => c.IndicatorScores).Where(i => i.Indicator == EnumMapping.FromDomain(indicator)).ToList();
                    Assert.All(scores, i => Assert.Equal(number, i.StandardScore));
                    if (scores.Any(i => i.Capped))
                        Assert.Contains($"{indicator.ClauseId()} 扣分超过标准分,按 {number} 分封顶", notice);
                }
                else
                    // A target the rule set gives where Attachment 2 leaves a cell empty: the catalog's 考核内容 states it.
                    Assert.Contains(number, served.Requirement + served.English);
            },
            () =>
            {
                if (path == "pass_line") Assert.Contains($"合格线 {number} 分", notice);
                else Assert.Contains($"一类名额 {number} 名", notice);
            });
    }

    [Fact]
    public void Every_parameter_of_the_catalog_is_covered()
    {
        Assert.Equal(RuleParameters.All.Count, Parameters().Count);
        Assert.True(RuleParameters.All.Count >= 40, $"{RuleParameters.All.Count} parameters");
    }

    private static Seq<(Component Component, RateKind Kind, string Words)> Components(RuleSet rules) =>
        toSeq(FigureFields.All.Choose(d => d.Line).Distinct()
            .Append(VillageAssistanceRule.ResidentTeams).Append(VillageAssistanceRule.ProjectInvestment).Distinct())
            .Bind(c => toSeq(Enum.GetValues<RateKind>()).Map(k => (c, k, c.Words(rules, k))));

    /// <summary>A value unlike any the 2015 rule set holds, valid for the parameter's kind.</summary>
    private static decimal Distinct(RuleParameterDef def) => def.Kind switch
    {
        ParameterKind.Count => def.Get(Base) + 1m,
        ParameterKind.Percent => def.Get(Base) > 50m ? def.Get(Base) - 2.37m : def.Get(Base) + 2.37m,
        ParameterKind.Points or ParameterKind.Step or ParameterKind.Amount => def.Get(Base) + 2.37m,
    };
}
