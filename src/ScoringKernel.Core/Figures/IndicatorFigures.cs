using LanguageExt;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Figures;

// Year-end figures, one record per indicator of Attachment 1. Field names in problems are the proto field names.

/// <summary>一: persons lifted out of poverty in 2015, and whether registered-household dynamic management is in place.</summary>
public sealed record PovertyReductionFigures(int PersonsLifted, bool DynamicManagement)
{
    public static Validation<Problem, PovertyReductionFigures> Create(int personsLifted, bool dynamicManagement) =>
        Valid.Count("persons_lifted", personsLifted).Map(p => new PovertyReductionFigures(p, dynamicManagement));
}

/// <summary>二: persons and households reached by targeted assistance.</summary>
public sealed record TargetedAssistanceFigures(int PersonsReached, int HouseholdsReached)
{
    public static Validation<Problem, TargetedAssistanceFigures> Create(int personsReached, int householdsReached) =>
        (Valid.Count("persons_reached", personsReached), Valid.Count("households_reached", householdsReached))
        .Apply((p, h) => new TargetedAssistanceFigures(p, h));
}

/// <summary>三: per-capita disposable income of poor-village residents (元) and its growth (%, may be negative).</summary>
public sealed record VillageIncomeFigures(decimal IncomeYuan, decimal GrowthPercent)
{
    public static Validation<Problem, VillageIncomeFigures> Create(decimal incomeYuan, decimal growthPercent) =>
        (Valid.Amount("income_yuan", incomeYuan), Valid.Between("growth_percent", growthPercent, -100m, 10_000m))
        .Apply((i, g) => new VillageIncomeFigures(i, g));
}

/// <summary>四: rural poor households' dilapidated houses renovated.</summary>
public sealed record HouseRenovationFigures(int HouseholdsRenovated)
{
    public static Validation<Problem, HouseRenovationFigures> Create(int householdsRenovated) =>
        Valid.Count("households_renovated", householdsRenovated).Map(h => new HouseRenovationFigures(h));
}

/// <summary>五: the three leadership facts.</summary>
public sealed record LeadershipFigures(bool SpecialStudy, bool TopLeaderResponsibility, bool PlanWithMeasures);

/// <summary>六: one poor village: a resident assistance team present, and the year's project investment (万元).</summary>
public sealed record VillageFigures(string Name, bool ResidentTeam, decimal ProjectInvestmentWan)
{
    public const int MaxNameLength = 64;

    public static Validation<Problem, VillageFigures> Create(string? name, bool residentTeam, decimal projectInvestmentWan) =>
        Valid.Combine(Valid.Text("name", name, MaxNameLength), Valid.Amount("project_investment_wan", projectInvestmentWan),
            residentTeam ? WithTeam : WithoutTeam);

    private static readonly Func<string, decimal, VillageFigures> WithTeam = (n, p) => new VillageFigures(n, true, p);
    private static readonly Func<string, decimal, VillageFigures> WithoutTeam = (n, p) => new VillageFigures(n, false, p);
}

/// <summary>六: every poor village of the unit, and the helping units' pledged and delivered funds (万元).</summary>
public sealed record VillageAssistanceFigures(Seq<VillageFigures> Villages, decimal FundsPledgedWan, decimal FundsDeliveredWan)
{
    /// <summary>A unit lists at most this many villages; the largest 2015 unit (祁东县) has 104 poor villages.</summary>
    public const int MaxVillages = 5_000;

    public static Validation<Problem, VillageAssistanceFigures> Create(Seq<VillageFigures> villages, decimal fundsPledgedWan, decimal fundsDeliveredWan)
    {
        var villagesOk = villages.Count > MaxVillages
            ? Valid.Fail<Seq<VillageFigures>>("villages", $"at most {MaxVillages} villages per unit (got {villages.Count})")
            : DistinctNames(villages);
        return (villagesOk, Valid.Amount("funds_pledged_wan", fundsPledgedWan), Valid.Amount("funds_delivered_wan", fundsDeliveredWan))
            .Apply((v, p, d) => new VillageAssistanceFigures(v, p, d));
    }

    private static Validation<Problem, Seq<VillageFigures>> DistinctNames(Seq<VillageFigures> villages)
    {
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var v in villages)
        {
            if (!seen.Add(v.Name))
                return Valid.Fail<Seq<VillageFigures>>($"villages[{i}].name", $"village '{v.Name}' is listed more than once");
            i++;
        }
        return Valid.Ok(villages);
    }
}

/// <summary>七: social poverty-alleviation investment (万元); whether the 10·17 poverty-day activities were held as required.</summary>
public sealed record SocialInvestmentFigures(decimal SocialInvestmentWan, bool PovertyDayHeld)
{
    public static Validation<Problem, SocialInvestmentFigures> Create(decimal socialInvestmentWan, bool povertyDayHeld) =>
        Valid.Amount("social_investment_wan", socialInvestmentWan).Map(s => new SocialInvestmentFigures(s, povertyDayHeld));
}

/// <summary>八: total poverty-alleviation investment (万元), national, provincial and city funds included at their actual amounts.</summary>
public sealed record TotalInvestmentFigures(decimal TotalInvestmentWan)
{
    public static Validation<Problem, TotalInvestmentFigures> Create(decimal totalInvestmentWan) =>
        Valid.Amount("total_investment_wan", totalInvestmentWan).Map(t => new TotalInvestmentFigures(t));
}

/// <summary>九: own-level fiscal budget for poverty alleviation (万元); whether other poverty funds were used as policy requires.</summary>
public sealed record OwnBudgetFigures(decimal OwnBudgetWan, bool OtherFundsCompliant)
{
    public static Validation<Problem, OwnBudgetFigures> Create(decimal ownBudgetWan, bool otherFundsCompliant) =>
        Valid.Amount("own_budget_wan", ownBudgetWan).Map(o => new OwnBudgetFigures(o, otherFundsCompliant));
}

/// <summary>十: implementation rate (%) of the four work systems.</summary>
public sealed record WorkSystemsFigures(decimal ImplementationPercent)
{
    public static Validation<Problem, WorkSystemsFigures> Create(decimal implementationPercent) =>
        Valid.Percent("implementation_percent", implementationPercent).Map(p => new WorkSystemsFigures(p));
}
