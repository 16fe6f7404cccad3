using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring;

/// <summary>Scores one unit: all ten rules of Attachment 1, capped and rounded as specs/docs/readings.md reads the text; explains a score on request.</summary>
public static class Scorer
{
    private static readonly Indicator[] AllIndicators = Indicators.All.ToArray();

    /// <summary>The unit's figures against its row. The caller matches figures to their row (see <see cref="Assessing.Assessor"/>).</summary>
    public static ScoreCard Score(RuleSet rules, UnitTargets targets, UnitFigures figures)
    {
        var all = AllIndicators;
        var scores = new IndicatorScore[all.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            var indicator = all[i];
            var sum = new DeductionSum();
            RuleFor<DeductionSum>(indicator)(ref sum, rules, targets, figures);
            var score = IndicatorScore.FromDeduction(indicator, rules.Standard(indicator), sum.Total, rules.ScoreDecimals);
            scores[i] = score;
        }
        return ScoreCard.OfSlots(targets.Code, targets.Name, targets.Kind, scores, figures.FundsMisused);
    }

    /// <summary>One indicator's score alone: the same rule and rounding as <see cref="Score"/> (for analyses that vary one indicator's input).</summary>
    public static IndicatorScore ScoreIndicator(RuleSet rules, UnitTargets targets, UnitFigures figures, Indicator indicator)
    {
        var sum = new DeductionSum();
        RuleFor<DeductionSum>(indicator)(ref sum, rules, targets, figures);
        return IndicatorScore.FromDeduction(indicator, rules.Standard(indicator), sum.Total, rules.ScoreDecimals);
    }

    /// <summary>
    /// Every component of one indicator's rule as an explanation line, in the order the rule applies them: the same rule
    /// code as <see cref="Score"/>, so the lines' deductions sum to the score's raw deduction.
    /// </summary>
    public static Seq<DeductionLine> Explain(RuleSet rules, UnitTargets targets, UnitFigures figures, Indicator indicator)
    {
        var collector = new LineCollector(rules, targets.Kind.RateKind());
        RuleFor<LineCollector>(indicator)(ref collector, rules, targets, figures);
        return collector.Lines;
    }

    private delegate void Rule<TSink>(ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures) where TSink : ILineSink;

    /// <summary>One rule per indicator: a switch expression over the closed set, so a missing rule does not compile.</summary>
    private static Rule<TSink> RuleFor<TSink>(Indicator indicator) where TSink : ILineSink => indicator switch
    {
        Indicator.PovertyReduction => RulesFor<TSink>.PovertyReduction,
        Indicator.TargetedAssistance => RulesFor<TSink>.TargetedAssistance,
        Indicator.VillageIncome => RulesFor<TSink>.VillageIncome,
        Indicator.HouseRenovation => RulesFor<TSink>.HouseRenovation,
        Indicator.Leadership => RulesFor<TSink>.Leadership,
        Indicator.VillageAssistance => RulesFor<TSink>.VillageAssistance,
        Indicator.SocialInvestment => RulesFor<TSink>.SocialInvestment,
        Indicator.TotalInvestment => RulesFor<TSink>.TotalInvestment,
        Indicator.OwnBudget => RulesFor<TSink>.OwnBudget,
        Indicator.WorkSystems => RulesFor<TSink>.WorkSystems,
    };

    /// <summary>Each indicator's rule as a delegate, made once per kind of sink.</summary>
    private static class RulesFor<TSink> where TSink : ILineSink
    {
        public static readonly Rule<TSink> PovertyReduction = PovertyReductionRule.Apply;
        public static readonly Rule<TSink> TargetedAssistance = TargetedAssistanceRule.Apply;
        public static readonly Rule<TSink> VillageIncome = VillageIncomeRule.Apply;
        public static readonly Rule<TSink> HouseRenovation = HouseRenovationRule.Apply;
        public static readonly Rule<TSink> Leadership = LeadershipRule.Apply;
        public static readonly Rule<TSink> VillageAssistance = VillageAssistanceRule.Apply;
        public static readonly Rule<TSink> SocialInvestment = SocialInvestmentRule.Apply;
        public static readonly Rule<TSink> TotalInvestment = TotalInvestmentRule.Apply;
        public static readonly Rule<TSink> OwnBudget = OwnBudgetRule.Apply;
        public static readonly Rule<TSink> WorkSystems = WorkSystemsRule.Apply;
    }
}
