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

    public static void Apply<TSink>(ref TSink sink, VillageAssistanceRule rule, UnitPolicy policy, WorkTargets targets, VillageAssistanceFigures figures)
        where TSink : ILineSink
    {
        var villages = figures.Villages;
        var missing = Math.Max(0, targets.PoorVillages - villages.Count);
        var perVillage = targets.PerVillageInvestmentWan.IfNone(rule.PerVillageInvestmentTargetWan);
        var withTeam = 0;
        for (var i = 0; i < villages.Count; i++)
            if (villages[i].ResidentTeam) withTeam++;

        sink.Short(Indicator.VillageAssistance, "resident_teams", TeamWords, Measure.Villages,
            Math.Max(targets.PoorVillages, villages.Count), withTeam, rule.VillagesWithoutTeam, policy);
        sink.Short(Indicator.VillageAssistance, "funds_delivered", FundsWords, Measure.Wan,
            figures.FundsPledgedWan * rule.FundsDeliveredTargetPercent / 100m, figures.FundsDeliveredWan, rule.FundsShort, policy);
        var shortVillages = false;
        for (var i = 0; i < villages.Count; i++)
        {
            var v = villages[i];
            if (v.ProjectInvestmentWan >= perVillage) continue;
            shortVillages = true;
            sink.Short(Indicator.VillageAssistance, "project_investment", InvestmentWords, Measure.Wan,
                perVillage, v.ProjectInvestmentWan, rule.InvestmentShort, policy, v.Name);
        }
        if (missing > 0)
        {
            var stepsEach = rule.InvestmentShort.Steps(policy, perVillage);
            sink.Counted(Indicator.VillageAssistance, "project_investment", MissingVillagesSubject, InvestmentWords, Measure.Wan,
                missing * perVillage, 0m, rule.InvestmentShort.Step, missing * stepsEach, rule.InvestmentShort.Deduction);
        }
        else if (!shortVillages)
            sink.Short(Indicator.VillageAssistance, "project_investment", InvestmentWords, Measure.Wan,
                perVillage, perVillage, rule.InvestmentShort, policy, "(每个贫困村)");
    }
}
