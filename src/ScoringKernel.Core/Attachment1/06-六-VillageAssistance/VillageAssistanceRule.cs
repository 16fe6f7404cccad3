using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

/// <summary>
/// 六: villages without a resident team, pledged funds not delivered, and project investment short village by village
/// (each village's steps counted on its own; villages missing from the list count as no team and zero investment).
/// </summary>
public sealed record VillageAssistanceRule(
    decimal Standard,
    StepRate VillagesWithoutTeam,
    decimal FundsDeliveredTargetPercent,
    StepRate FundsShort,
    decimal PerVillageInvestmentTargetWan,
    StepRate InvestmentShort)
{
    public const string MissingVillagesSubject = "(未列出的贫困村)";
    public const string EveryVillageSubject = "(每个贫困村)";

    public static readonly Component ResidentTeams = new(Indicator.VillageAssistance, "resident_teams", (r, _) =>
        $"每减少帮扶{N(r.VillageAssistance.VillagesWithoutTeam.Step)}个村扣{N(r.VillageAssistance.VillagesWithoutTeam.Deduction)}分");

    public static readonly Component FundsDelivered = new(Indicator.VillageAssistance, "funds_delivered", (r, _) =>
        $"帮扶资金每少{N(r.VillageAssistance.FundsShort.Step)}万元扣{N(r.VillageAssistance.FundsShort.Deduction)}分");

    public static readonly Component ProjectInvestment = new(Indicator.VillageAssistance, "project_investment", (r, _) =>
        $"扶贫项目投入每少{N(r.VillageAssistance.InvestmentShort.Step)}万元扣{N(r.VillageAssistance.InvestmentShort.Deduction)}分");

    internal static readonly Seq<RuleParameterDef> Parameters =
        new ParameterRows<VillageAssistanceRule>(Indicator.VillageAssistance, r => r.VillageAssistance, (r, x) => r with { VillageAssistance = x })
            .Value("standard", ParameterKind.Points, x => x.Standard, (x, v) => x with { Standard = v })
            .Rate("villages_without_team", x => x.VillagesWithoutTeam, (x, v) => x with { VillagesWithoutTeam = v })
            .Value("funds_delivered_target_percent", ParameterKind.Percent, x => x.FundsDeliveredTargetPercent, (x, v) => x with { FundsDeliveredTargetPercent = v })
            .Rate("funds_short", x => x.FundsShort, (x, v) => x with { FundsShort = v })
            .WhereTableEmpty("per_village_investment_target_wan", ParameterKind.Amount, TargetField.PerVillageInvestmentWan, x => x.PerVillageInvestmentTargetWan, (x, v) => x with { PerVillageInvestmentTargetWan = v })
            .Rate("investment_short", x => x.InvestmentShort, (x, v) => x with { InvestmentShort = v })
            .Rows;

    public static void Apply<TSink>(ref TSink sink, RuleSet rules, UnitTargets unit, UnitFigures figures) where TSink : ILineSink
    {
        var rule = rules.VillageAssistance;
        var policy = rules.Policy;
        var targets = unit.Work;
        var f = figures.VillageAssistance;
        var villages = f.Villages;
        var missing = Math.Max(0, targets.PoorVillages - villages.Count);
        var perVillage = targets.PerVillageInvestmentWan.IfNone(rule.PerVillageInvestmentTargetWan);
        var withTeam = 0;
        for (var i = 0; i < villages.Count; i++)
            if (villages[i].ResidentTeam) withTeam++;

        sink.Short(ResidentTeams, Measure.Villages, Math.Max(targets.PoorVillages, villages.Count), withTeam, rule.VillagesWithoutTeam, policy);
        sink.Short(FundsDelivered, Measure.Wan, (Rational)f.FundsPledgedWan * rule.FundsDeliveredTargetPercent / 100, f.FundsDeliveredWan, rule.FundsShort, policy);
        var shortVillages = false;
        for (var i = 0; i < villages.Count; i++)
        {
            var v = villages[i];
            if (v.ProjectInvestmentWan >= perVillage) continue;
            shortVillages = true;
            sink.Short(ProjectInvestment, Measure.Wan, perVillage, v.ProjectInvestmentWan, rule.InvestmentShort, policy, v.Name);
        }
        if (missing > 0)
            sink.Counted(ProjectInvestment, MissingVillagesSubject, Measure.Wan, missing * perVillage, 0m,
                rule.InvestmentShort.Step, missing * rule.InvestmentShort.Steps(policy, perVillage), rule.InvestmentShort.Deduction);
        else if (!shortVillages)
            sink.Short(ProjectInvestment, Measure.Wan, perVillage, perVillage, rule.InvestmentShort, policy, EveryVillageSubject);
    }
}
