using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring.IndicatorRules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring;

/// <summary>Scores one unit: all ten rules of Attachment 1, capped and rounded per PRODUCT.md.</summary>
public static class Scorer
{
    private static readonly Indicator[] AllIndicators = Indicators.All.ToArray();

    /// <summary>The unit's figures against its row. The caller matches figures to their row (see <see cref="Assessing.Assessor"/>).</summary>
    public static ScoreCard Score(RuleSet rules, UnitTargets targets, UnitFigures figures)
    {
        var all = AllIndicators;
        var scores = new IndicatorScore[all.Length];
        var total = 0m;
        for (var i = 0; i < scores.Length; i++)
        {
            var indicator = all[i];
            var score = IndicatorScore.FromLines(indicator, rules.Standard(indicator), Lines(indicator, rules, targets, figures), rules.ScoreDecimals);
            scores[i] = score;
            total += score.Score;
        }
        return new ScoreCard(targets.Code, targets.Name, targets.Kind, scores.ToSeq(), total, figures.FundsMisused);
    }

    public static Seq<DeductionLine> Lines(Indicator indicator, RuleSet rules, UnitTargets targets, UnitFigures figures)
    {
        var policy = rules.Policy;
        var kind = targets.Kind.RateKind();
        var work = targets.Work;
        return indicator switch
        {
            Indicator.PovertyReduction => PovertyReductionScoring.Lines(rules.PovertyReduction, policy, targets.Population, figures.PovertyReduction),
            Indicator.TargetedAssistance => TargetedAssistanceScoring.Lines(rules.TargetedAssistance, policy, work, figures.TargetedAssistance),
            Indicator.VillageIncome => VillageIncomeScoring.Lines(rules.VillageIncome, policy, work, figures.VillageIncome),
            Indicator.HouseRenovation => HouseRenovationScoring.Lines(rules.HouseRenovation, policy, kind, work, figures.HouseRenovation),
            Indicator.Leadership => LeadershipScoring.Lines(rules.Leadership, figures.Leadership),
            Indicator.VillageAssistance => VillageAssistanceScoring.Lines(rules.VillageAssistance, policy, work, figures.VillageAssistance),
            Indicator.SocialInvestment => SocialInvestmentScoring.Lines(rules.SocialInvestment, policy, kind, work, figures.SocialInvestment),
            Indicator.TotalInvestment => TotalInvestmentScoring.Lines(rules.TotalInvestment, policy, kind, work, figures.TotalInvestment),
            Indicator.OwnBudget => OwnBudgetScoring.Lines(rules.OwnBudget, policy, kind, work, figures.OwnBudget),
            Indicator.WorkSystems => WorkSystemsScoring.Lines(rules.WorkSystems, policy, figures.WorkSystems),
        };
    }
}
