using LanguageExt;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Rules;

/// <summary>What values a parameter may take.</summary>
public enum ParameterKind
{
    /// <summary>A score or deduction: 0 or more.</summary>
    Points,
    /// <summary>The size of a step: more than 0.</summary>
    Step,
    /// <summary>A target amount: 0 or more.</summary>
    Amount,
    /// <summary>A percentage: 0 to 100.</summary>
    Percent,
    /// <summary>A whole number: 0 or more.</summary>
    Count,
}

/// <summary>One numeric parameter of a rule set, by path (<c>village_assistance.investment_short.step</c>), with how to read and change it.</summary>
public sealed record RuleParameterDef(string Path, Option<Indicator> Indicator, string Name, ParameterKind Kind, Func<RuleSet, decimal> Get, Func<RuleSet, decimal, RuleSet> Set)
{
    public Validation<Problem, RuleSet> Apply(RuleSet rules, decimal value, string field) =>
        Check(value, field).Map(v => Set(rules, v));

    public Validation<Problem, decimal> Check(decimal value, string field) => Kind switch
    {
        ParameterKind.Points => Valid.Between(field, value, 0m, 1_000m),
        ParameterKind.Step => Valid.Positive(field, value),
        ParameterKind.Amount => Valid.Amount(field, value),
        ParameterKind.Percent => Valid.Percent(field, value),
        ParameterKind.Count => value == decimal.Truncate(value) ? Valid.Between(field, value, 0m, 100_000m) : Valid.Fail<decimal>(field, $"must be a whole number (got {value})"),
    };
}

/// <summary>
/// Every numeric parameter of a rule set. The catalog the server and the command line show, and the
/// scenario overrides, both read this one table, so the parameters named are the parameters used.
/// </summary>
public static class RuleParameters
{
    public static string Key(this Indicator indicator) => indicator switch
    {
        Indicator.PovertyReduction => "poverty_reduction",
        Indicator.TargetedAssistance => "targeted_assistance",
        Indicator.VillageIncome => "village_income",
        Indicator.HouseRenovation => "house_renovation",
        Indicator.Leadership => "leadership",
        Indicator.VillageAssistance => "village_assistance",
        Indicator.SocialInvestment => "social_investment",
        Indicator.TotalInvestment => "total_investment",
        Indicator.OwnBudget => "own_budget",
        Indicator.WorkSystems => "work_systems",
    };

    public static readonly Seq<RuleParameterDef> All = Build();

    public static Option<RuleParameterDef> Find(string path) => All.Find(p => p.Path == path);

    public static Seq<(string Name, decimal Value)> Of(RuleSet rules, Indicator indicator) =>
        All.Filter(p => p.Indicator == Some(indicator)).Map(p => (p.Name, p.Get(rules)));

    private static Seq<RuleParameterDef> Build()
    {
        var list = new List<RuleParameterDef>();
        void Add(Indicator? indicator, string name, ParameterKind kind, Func<RuleSet, decimal> get, Func<RuleSet, decimal, RuleSet> set) =>
            list.Add(new RuleParameterDef(indicator is { } i ? $"{i.Key()}.{name}" : name, Optional(indicator).Map(x => x), name, kind, get, set));
        void Rate(Indicator i, string name, Func<RuleSet, StepRate> get, Func<RuleSet, StepRate, RuleSet> set)
        {
            Add(i, $"{name}.step", ParameterKind.Step, r => get(r).Step, (r, v) => set(r, get(r) with { Step = v }));
            Add(i, $"{name}.deduction", ParameterKind.Points, r => get(r).Deduction, (r, v) => set(r, get(r) with { Deduction = v }));
        }
        void ByKind(Indicator i, string name, Func<RuleSet, ByKind<StepRate>> get, Func<RuleSet, ByKind<StepRate>, RuleSet> set)
        {
            Rate(i, $"{name}.county", r => get(r).County, (r, v) => set(r, get(r) with { County = v }));
            Rate(i, $"{name}.district", r => get(r).District, (r, v) => set(r, get(r) with { District = v }));
        }

        var I1 = Indicator.PovertyReduction;
        Add(I1, "standard", ParameterKind.Points, r => r.PovertyReduction.Standard, (r, v) => r with { PovertyReduction = r.PovertyReduction with { Standard = v } });
        Rate(I1, "rate_short", r => r.PovertyReduction.RateShort, (r, v) => r with { PovertyReduction = r.PovertyReduction with { RateShort = v } });
        Add(I1, "no_dynamic_management", ParameterKind.Points, r => r.PovertyReduction.NoDynamicManagement, (r, v) => r with { PovertyReduction = r.PovertyReduction with { NoDynamicManagement = v } });

        var I2 = Indicator.TargetedAssistance;
        Add(I2, "standard", ParameterKind.Points, r => r.TargetedAssistance.Standard, (r, v) => r with { TargetedAssistance = r.TargetedAssistance with { Standard = v } });
        Add(I2, "completion_target_percent", ParameterKind.Percent, r => r.TargetedAssistance.CompletionTargetPercent, (r, v) => r with { TargetedAssistance = r.TargetedAssistance with { CompletionTargetPercent = v } });
        Rate(I2, "completion_short", r => r.TargetedAssistance.CompletionShort, (r, v) => r with { TargetedAssistance = r.TargetedAssistance with { CompletionShort = v } });

        var I3 = Indicator.VillageIncome;
        Add(I3, "standard", ParameterKind.Points, r => r.VillageIncome.Standard, (r, v) => r with { VillageIncome = r.VillageIncome with { Standard = v } });
        Add(I3, "income_target_yuan", ParameterKind.Amount, r => r.VillageIncome.IncomeTargetYuan, (r, v) => r with { VillageIncome = r.VillageIncome with { IncomeTargetYuan = v } });
        Add(I3, "growth_target_percent", ParameterKind.Percent, r => r.VillageIncome.GrowthTargetPercent, (r, v) => r with { VillageIncome = r.VillageIncome with { GrowthTargetPercent = v } });
        Rate(I3, "income_short", r => r.VillageIncome.IncomeShort, (r, v) => r with { VillageIncome = r.VillageIncome with { IncomeShort = v } });
        Rate(I3, "growth_short", r => r.VillageIncome.GrowthShort, (r, v) => r with { VillageIncome = r.VillageIncome with { GrowthShort = v } });

        var I4 = Indicator.HouseRenovation;
        Add(I4, "standard", ParameterKind.Points, r => r.HouseRenovation.Standard, (r, v) => r with { HouseRenovation = r.HouseRenovation with { Standard = v } });
        ByKind(I4, "households_short", r => r.HouseRenovation.HouseholdsShort, (r, v) => r with { HouseRenovation = r.HouseRenovation with { HouseholdsShort = v } });

        var I5 = Indicator.Leadership;
        Add(I5, "standard", ParameterKind.Points, r => r.Leadership.Standard, (r, v) => r with { Leadership = r.Leadership with { Standard = v } });
        Add(I5, "no_special_study", ParameterKind.Points, r => r.Leadership.NoSpecialStudy, (r, v) => r with { Leadership = r.Leadership with { NoSpecialStudy = v } });
        Add(I5, "no_top_leader_responsibility", ParameterKind.Points, r => r.Leadership.NoTopLeaderResponsibility, (r, v) => r with { Leadership = r.Leadership with { NoTopLeaderResponsibility = v } });
        Add(I5, "no_plan_with_measures", ParameterKind.Points, r => r.Leadership.NoPlanWithMeasures, (r, v) => r with { Leadership = r.Leadership with { NoPlanWithMeasures = v } });

        var I6 = Indicator.VillageAssistance;
        Add(I6, "standard", ParameterKind.Points, r => r.VillageAssistance.Standard, (r, v) => r with { VillageAssistance = r.VillageAssistance with { Standard = v } });
        Rate(I6, "villages_without_team", r => r.VillageAssistance.VillagesWithoutTeam, (r, v) => r with { VillageAssistance = r.VillageAssistance with { VillagesWithoutTeam = v } });
        Add(I6, "funds_delivered_target_percent", ParameterKind.Percent, r => r.VillageAssistance.FundsDeliveredTargetPercent, (r, v) => r with { VillageAssistance = r.VillageAssistance with { FundsDeliveredTargetPercent = v } });
        Rate(I6, "funds_short", r => r.VillageAssistance.FundsShort, (r, v) => r with { VillageAssistance = r.VillageAssistance with { FundsShort = v } });
        Add(I6, "per_village_investment_target_wan", ParameterKind.Amount, r => r.VillageAssistance.PerVillageInvestmentTargetWan, (r, v) => r with { VillageAssistance = r.VillageAssistance with { PerVillageInvestmentTargetWan = v } });
        Rate(I6, "investment_short", r => r.VillageAssistance.InvestmentShort, (r, v) => r with { VillageAssistance = r.VillageAssistance with { InvestmentShort = v } });

        var I7 = Indicator.SocialInvestment;
        Add(I7, "standard", ParameterKind.Points, r => r.SocialInvestment.Standard, (r, v) => r with { SocialInvestment = r.SocialInvestment with { Standard = v } });
        ByKind(I7, "investment_short", r => r.SocialInvestment.InvestmentShort, (r, v) => r with { SocialInvestment = r.SocialInvestment with { InvestmentShort = v } });
        Add(I7, "no_poverty_day", ParameterKind.Points, r => r.SocialInvestment.NoPovertyDay, (r, v) => r with { SocialInvestment = r.SocialInvestment with { NoPovertyDay = v } });

        var I8 = Indicator.TotalInvestment;
        Add(I8, "standard", ParameterKind.Points, r => r.TotalInvestment.Standard, (r, v) => r with { TotalInvestment = r.TotalInvestment with { Standard = v } });
        ByKind(I8, "investment_short", r => r.TotalInvestment.InvestmentShort, (r, v) => r with { TotalInvestment = r.TotalInvestment with { InvestmentShort = v } });

        var I9 = Indicator.OwnBudget;
        Add(I9, "standard", ParameterKind.Points, r => r.OwnBudget.Standard, (r, v) => r with { OwnBudget = r.OwnBudget with { Standard = v } });
        ByKind(I9, "budget_short", r => r.OwnBudget.BudgetShort, (r, v) => r with { OwnBudget = r.OwnBudget with { BudgetShort = v } });
        Add(I9, "other_funds_not_compliant", ParameterKind.Points, r => r.OwnBudget.OtherFundsNotCompliant, (r, v) => r with { OwnBudget = r.OwnBudget with { OtherFundsNotCompliant = v } });

        var I10 = Indicator.WorkSystems;
        Add(I10, "standard", ParameterKind.Points, r => r.WorkSystems.Standard, (r, v) => r with { WorkSystems = r.WorkSystems with { Standard = v } });
        Add(I10, "target_percent", ParameterKind.Percent, r => r.WorkSystems.TargetPercent, (r, v) => r with { WorkSystems = r.WorkSystems with { TargetPercent = v } });
        Rate(I10, "implementation_short", r => r.WorkSystems.ImplementationShort, (r, v) => r with { WorkSystems = r.WorkSystems with { ImplementationShort = v } });

        Add(null, "pass_line", ParameterKind.Points, r => r.PassLine, (r, v) => r with { PassLine = v });
        Add(null, "quotas.counties_and_cities_class_1", ParameterKind.Count, r => r.Quotas.CountiesAndCitiesClass1, (r, v) => r with { Quotas = r.Quotas with { CountiesAndCitiesClass1 = (int)v } });
        Add(null, "quotas.districts_class_1", ParameterKind.Count, r => r.Quotas.DistrictsClass1, (r, v) => r with { Quotas = r.Quotas with { DistrictsClass1 = (int)v } });
        return list.ToSeq().Strict();
    }
}
