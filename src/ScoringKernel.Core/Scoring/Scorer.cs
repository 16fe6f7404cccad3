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
        var inputs = new ScoringInputs(rules, targets, figures);
        var all = AllIndicators;
        var scores = new IndicatorScore[all.Length];
        var total = 0m;
        for (var i = 0; i < scores.Length; i++)
        {
            var indicator = all[i];
            var sum = new DeductionSum();
            Apply(indicator, ref sum, rules, targets, figures);
            var score = IndicatorScore.FromDeduction(indicator, rules.Standard(indicator), sum.Total, rules.ScoreDecimals, inputs);
            scores[i] = score;
            total += score.Score;
        }
        return new ScoreCard(targets.Code, targets.Name, targets.Kind, scores.ToSeq(), total, figures.FundsMisused);
    }

    /// <summary>Every component of one indicator's rule as an explanation line, in the order the rule applies them.</summary>
    public static Seq<DeductionLine> Lines(Indicator indicator, RuleSet rules, UnitTargets targets, UnitFigures figures)
    {
        var collector = new LineCollector();
        Apply(indicator, ref collector, rules, targets, figures);
        return collector.Lines;
    }

    private static void Apply<TSink>(Indicator indicator, ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures)
        where TSink : ILineSink =>
        RuleFor<TSink>(indicator)(ref sink, rules, targets, figures);

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

    /// <summary>Each rule bound to its parameters and figures, made once per kind of sink.</summary>
    private static class RulesFor<TSink> where TSink : ILineSink
    {
        public static readonly Rule<TSink> PovertyReduction = (ref TSink s, RuleSet r, UnitTargets t, UnitFigures f) =>
            PovertyReductionScoring.Apply(ref s, r.PovertyReduction, r.Policy, t.Population, f.PovertyReduction);
        public static readonly Rule<TSink> TargetedAssistance = (ref TSink s, RuleSet r, UnitTargets t, UnitFigures f) =>
            TargetedAssistanceScoring.Apply(ref s, r.TargetedAssistance, r.Policy, t.Work, f.TargetedAssistance);
        public static readonly Rule<TSink> VillageIncome = (ref TSink s, RuleSet r, UnitTargets t, UnitFigures f) =>
            VillageIncomeScoring.Apply(ref s, r.VillageIncome, r.Policy, t.Work, f.VillageIncome);
        public static readonly Rule<TSink> HouseRenovation = (ref TSink s, RuleSet r, UnitTargets t, UnitFigures f) =>
            HouseRenovationScoring.Apply(ref s, r.HouseRenovation, r.Policy, t.Kind.RateKind(), t.Work, f.HouseRenovation);
        public static readonly Rule<TSink> Leadership = (ref TSink s, RuleSet r, UnitTargets t, UnitFigures f) =>
            LeadershipScoring.Apply(ref s, r.Leadership, f.Leadership);
        public static readonly Rule<TSink> VillageAssistance = (ref TSink s, RuleSet r, UnitTargets t, UnitFigures f) =>
            VillageAssistanceScoring.Apply(ref s, r.VillageAssistance, r.Policy, t.Work, f.VillageAssistance);
        public static readonly Rule<TSink> SocialInvestment = (ref TSink s, RuleSet r, UnitTargets t, UnitFigures f) =>
            SocialInvestmentScoring.Apply(ref s, r.SocialInvestment, r.Policy, t.Kind.RateKind(), t.Work, f.SocialInvestment);
        public static readonly Rule<TSink> TotalInvestment = (ref TSink s, RuleSet r, UnitTargets t, UnitFigures f) =>
            TotalInvestmentScoring.Apply(ref s, r.TotalInvestment, r.Policy, t.Kind.RateKind(), t.Work, f.TotalInvestment);
        public static readonly Rule<TSink> OwnBudget = (ref TSink s, RuleSet r, UnitTargets t, UnitFigures f) =>
            OwnBudgetScoring.Apply(ref s, r.OwnBudget, r.Policy, t.Kind.RateKind(), t.Work, f.OwnBudget);
        public static readonly Rule<TSink> WorkSystems = (ref TSink s, RuleSet r, UnitTargets t, UnitFigures f) =>
            WorkSystemsScoring.Apply(ref s, r.WorkSystems, r.Policy, f.WorkSystems);
    }
}
