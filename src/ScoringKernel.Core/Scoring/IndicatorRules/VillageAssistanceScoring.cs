using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;

namespace ScoringKernel.Core.Scoring.IndicatorRules;

/// <summary>
/// 附件1-六: villages without a resident team, pledged funds not delivered, and project investment short
/// village by village (each village's steps counted on its own; missing villages count as no team and zero investment).
/// </summary>
public static class VillageAssistanceScoring
{
    private const string TeamWords = "每减少帮扶1个村扣0.5分";
    private const string FundsWords = "帮扶资金每少1万元扣0.5分";
    private const string InvestmentWords = "扶贫项目投入每少3万元扣0.5分";
    public const string MissingVillagesSubject = "(未列出的贫困村)";

    public static Seq<DeductionLine> Lines(VillageAssistanceRule rule, UnitPolicy policy, WorkTargets targets, VillageAssistanceFigures figures)
    {
        var villages = figures.Villages;
        var missing = Math.Max(0, targets.PoorVillages - villages.Count);
        var perVillage = targets.PerVillageInvestmentWan.IfNone(rule.PerVillageInvestmentTargetWan);
        var lines = new List<DeductionLine>(4);
        var withTeam = 0;
        for (var i = 0; i < villages.Count; i++)
        {
            var v = villages[i];
            if (v.ResidentTeam) withTeam++;
            if (v.ProjectInvestmentWan < perVillage)
                lines.Add(DeductionLine.Short(Indicator.VillageAssistance, "project_investment", InvestmentWords, Measure.Wan,
                    perVillage, v.ProjectInvestmentWan, rule.InvestmentShort, policy, v.Name));
        }
        lines.Insert(0, DeductionLine.Short(Indicator.VillageAssistance, "funds_delivered", FundsWords, Measure.Wan,
            figures.FundsPledgedWan * rule.FundsDeliveredTargetPercent / 100m, figures.FundsDeliveredWan, rule.FundsShort, policy));
        lines.Insert(0, DeductionLine.Short(Indicator.VillageAssistance, "resident_teams", TeamWords, Measure.Villages,
            Math.Max(targets.PoorVillages, villages.Count), withTeam, rule.VillagesWithoutTeam, policy));
        if (missing > 0)
        {
            var stepsEach = rule.InvestmentShort.Steps(policy, perVillage);
            lines.Add(new DeductionLine(Indicator.VillageAssistance, "project_investment", MissingVillagesSubject, InvestmentWords, Measure.Wan,
                missing * perVillage, 0m, rule.InvestmentShort.Step, missing * stepsEach, rule.InvestmentShort.Deduction));
        }
        if (lines.Count == 2)
            lines.Add(DeductionLine.Short(Indicator.VillageAssistance, "project_investment", InvestmentWords, Measure.Wan,
                perVillage, perVillage, rule.InvestmentShort, policy, "(每个贫困村)"));
        return lines.ToSeq();
    }
}
