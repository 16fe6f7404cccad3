using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Figures;

/// <summary>
/// A year-end figure of a unit, as scenarios, sweeps, margins, findings and forms name it. The member's name is the
/// proto field's name (PersonsLifted ↔ <c>persons_lifted</c>, <c>FIGURE_FIELD_PERSONS_LIFTED</c>); the contracts tests
/// check both against the descriptors.
/// </summary>
public enum FigureField
{
    PersonsLifted,
    DynamicManagement,
    PersonsReached,
    HouseholdsReached,
    IncomeYuan,
    GrowthPercent,
    HouseholdsRenovated,
    SpecialStudy,
    TopLeaderResponsibility,
    PlanWithMeasures,
    FundsPledgedWan,
    FundsDeliveredWan,
    SocialInvestmentWan,
    PovertyDayHeld,
    TotalInvestmentWan,
    OwnBudgetWan,
    OtherFundsCompliant,
    ImplementationPercent,
    FundsMisused,
}

/// <summary>What kind of value a figure holds; yes/no figures take 1 (yes) or 0 (no) where a number is needed.</summary>
public enum FigureKind
{
    /// <summary>Whole persons or households, 0 or more.</summary>
    Count,
    /// <summary>An amount of 元 or 万元, 0 or more.</summary>
    Amount,
    /// <summary>A rate, 0 to 100.</summary>
    Percent,
    /// <summary>A growth rate, −100 or more.</summary>
    Growth,
    YesNo,
}

/// <summary>
/// Everything about one figure field, in one place: where it lives on the wire, which indicator reads it and through
/// which line of its rule, what kind of value it holds (its words and measure are the words module's: <c>Labels.Figure</c>), its grid and bounds, and how to read and set it on a unit's figures
/// (setting goes through the indicator's smart constructor). <see cref="Line"/> is present for the inputs whose better
/// direction the regulation fixes (more is never worse); those are the inputs margins solve for.
/// </summary>
public sealed record FigureFieldDef(
    FigureField Field,
    Option<Indicator> Indicator,
    FigureKind Kind,
    Option<Component> Line,
    Func<UnitFigures, decimal> Get,
    Func<UnitFigures, decimal, Validation<Problem, UnitFigures>> Set,
    Func<UnitTargets, UnitFigures, Rational, bool, Either<CompletionHeldByOtherRate, Rational>> InputForMetric)
{
    public string Leaf => Field.Leaf();

    /// <summary>The proto field path within a unit's figures (<c>poverty_reduction.persons_lifted</c>).</summary>
    public string Path => Indicator.Match(i => $"{i.Key()}.{Leaf}", () => Leaf);

    /// <summary>The step an input's answer lies on: whole persons and households, yes or no, else a cent (0.01).</summary>
    public decimal Grid => Kind switch
    {
        FigureKind.Count or FigureKind.YesNo => 1m,
        FigureKind.Amount or FigureKind.Percent or FigureKind.Growth => 0.01m,
    };

    public decimal Min => Kind switch
    {
        FigureKind.Count or FigureKind.Amount or FigureKind.Percent or FigureKind.YesNo => 0m,
        FigureKind.Growth => VillageIncomeFigures.MinGrowthPercent,
    };

    public decimal Max => Kind switch
    {
        FigureKind.Count => Valid.MaxCount,
        FigureKind.Amount => Valid.MaxAmount,
        FigureKind.Percent => 100m,
        FigureKind.Growth => VillageIncomeFigures.MaxGrowthPercent,
        FigureKind.YesNo => 1m,
    };
}

/// <summary>The table of the 19 figure fields. Adding a figure is one entry here and its proto field.</summary>
public static class FigureFields
{
    private static readonly string[] Leaves = Enum.GetValues<FigureField>().Select(f => ProtoNames.SnakeCase(f.ToString())).ToArray();

    public static readonly Seq<FigureFieldDef> All = toSeq(Enum.GetValues<FigureField>()).Map(Define).Strict();

    private static readonly Dictionary<string, FigureFieldDef> ByPath = All.ToDictionary(d => d.Path, StringComparer.Ordinal);

    /// <summary>The inputs margins solve for, in the table's order.</summary>
    public static readonly Seq<FigureFieldDef> Inputs = All.Filter(d => d.Line.IsSome).Strict();

    public static FigureFieldDef Def(this FigureField field) => All[(int)field];

    /// <summary>The field's own proto name (<c>persons_lifted</c>), without its indicator.</summary>
    public static string Leaf(this FigureField field) => Leaves[(int)field];

    public static string Path(this FigureField field) => field.Def().Path;

    public static Option<FigureFieldDef> Find(string path) => ByPath.TryGetValue(path, out var d) ? Some(d) : None;

    private static FigureFieldDef Define(FigureField field)
    {
        Either<CompletionHeldByOtherRate, Rational> Same(UnitTargets t, UnitFigures f, Rational metric, bool strict) => metric;
        return field switch
        {
            FigureField.PersonsLifted => new(field, Indicator.PovertyReduction, FigureKind.Count, PovertyReductionRule.ReductionRate,
                f => f.PovertyReduction.PersonsLifted,
                (f, v) => Valid.Whole(v).Bind(n => PovertyReductionFigures.Create(n, f.PovertyReduction.DynamicManagement)).Map(x => f with { PovertyReduction = x }),
                (t, f, rate, _) => rate * t.Population.BaselinePopulation / 100),
            FigureField.DynamicManagement => new(field, Indicator.PovertyReduction, FigureKind.YesNo, PovertyReductionRule.DynamicManagement,
                f => Number(f.PovertyReduction.DynamicManagement),
                (f, v) => Flag(v).Map(x => f with { PovertyReduction = f.PovertyReduction with { DynamicManagement = x } }),
                Same),
            FigureField.PersonsReached => new(field, Indicator.TargetedAssistance, FigureKind.Count, TargetedAssistanceRule.Completion,
                f => f.TargetedAssistance.PersonsReached,
                (f, v) => Valid.Whole(v).Bind(n => TargetedAssistanceFigures.Create(n, f.TargetedAssistance.HouseholdsReached)).Map(x => f with { TargetedAssistance = x }),
                (t, f, completion, strict) => Completion(completion, strict, t.Work.PersonsToReach, TargetedAssistanceRule.Rate(f.TargetedAssistance.HouseholdsReached, t.Work.HouseholdsToReach), CompletionRate.Households)),
            FigureField.HouseholdsReached => new(field, Indicator.TargetedAssistance, FigureKind.Count, TargetedAssistanceRule.Completion,
                f => f.TargetedAssistance.HouseholdsReached,
                (f, v) => Valid.Whole(v).Bind(n => TargetedAssistanceFigures.Create(f.TargetedAssistance.PersonsReached, n)).Map(x => f with { TargetedAssistance = x }),
                (t, f, completion, strict) => Completion(completion, strict, t.Work.HouseholdsToReach, TargetedAssistanceRule.Rate(f.TargetedAssistance.PersonsReached, t.Work.PersonsToReach), CompletionRate.Persons)),
            FigureField.IncomeYuan => new(field, Indicator.VillageIncome, FigureKind.Amount, VillageIncomeRule.Income,
                f => f.VillageIncome.IncomeYuan,
                (f, v) => VillageIncomeFigures.Create(v, f.VillageIncome.GrowthPercent).Map(x => f with { VillageIncome = x }),
                Same),
            FigureField.GrowthPercent => new(field, Indicator.VillageIncome, FigureKind.Growth, VillageIncomeRule.Growth,
                f => f.VillageIncome.GrowthPercent,
                (f, v) => VillageIncomeFigures.Create(f.VillageIncome.IncomeYuan, v).Map(x => f with { VillageIncome = x }),
                Same),
            FigureField.HouseholdsRenovated => new(field, Indicator.HouseRenovation, FigureKind.Count, HouseRenovationRule.HousesRenovated,
                f => f.HouseRenovation.HouseholdsRenovated,
                (f, v) => Valid.Whole(v).Bind(HouseRenovationFigures.Create).Map(x => f with { HouseRenovation = x }),
                Same),
            FigureField.SpecialStudy => new(field, Indicator.Leadership, FigureKind.YesNo, LeadershipRule.SpecialStudy,
                f => Number(f.Leadership.SpecialStudy),
                (f, v) => Flag(v).Map(x => f with { Leadership = f.Leadership with { SpecialStudy = x } }),
                Same),
            FigureField.TopLeaderResponsibility => new(field, Indicator.Leadership, FigureKind.YesNo, LeadershipRule.TopLeaderResponsibility,
                f => Number(f.Leadership.TopLeaderResponsibility),
                (f, v) => Flag(v).Map(x => f with { Leadership = f.Leadership with { TopLeaderResponsibility = x } }),
                Same),
            FigureField.PlanWithMeasures => new(field, Indicator.Leadership, FigureKind.YesNo, LeadershipRule.PlanWithMeasures,
                f => Number(f.Leadership.PlanWithMeasures),
                (f, v) => Flag(v).Map(x => f with { Leadership = f.Leadership with { PlanWithMeasures = x } }),
                Same),
            // Pledging more raises the funds a unit must deliver: no better direction, so no margin.
            FigureField.FundsPledgedWan => new(field, Indicator.VillageAssistance, FigureKind.Amount, None,
                f => f.VillageAssistance.FundsPledgedWan,
                (f, v) => VillageAssistanceFigures.Create(f.VillageAssistance.Villages, v, f.VillageAssistance.FundsDeliveredWan).Map(x => f with { VillageAssistance = x }),
                Same),
            FigureField.FundsDeliveredWan => new(field, Indicator.VillageAssistance, FigureKind.Amount, VillageAssistanceRule.FundsDelivered,
                f => f.VillageAssistance.FundsDeliveredWan,
                (f, v) => VillageAssistanceFigures.Create(f.VillageAssistance.Villages, f.VillageAssistance.FundsPledgedWan, v).Map(x => f with { VillageAssistance = x }),
                Same),
            FigureField.SocialInvestmentWan => new(field, Indicator.SocialInvestment, FigureKind.Amount, SocialInvestmentRule.SocialInvestment,
                f => f.SocialInvestment.SocialInvestmentWan,
                (f, v) => SocialInvestmentFigures.Create(v, f.SocialInvestment.PovertyDayHeld).Map(x => f with { SocialInvestment = x }),
                Same),
            FigureField.PovertyDayHeld => new(field, Indicator.SocialInvestment, FigureKind.YesNo, SocialInvestmentRule.PovertyDay,
                f => Number(f.SocialInvestment.PovertyDayHeld),
                (f, v) => Flag(v).Map(x => f with { SocialInvestment = f.SocialInvestment with { PovertyDayHeld = x } }),
                Same),
            FigureField.TotalInvestmentWan => new(field, Indicator.TotalInvestment, FigureKind.Amount, TotalInvestmentRule.TotalInvestment,
                f => f.TotalInvestment.TotalInvestmentWan,
                (f, v) => TotalInvestmentFigures.Create(v).Map(x => f with { TotalInvestment = x }),
                Same),
            FigureField.OwnBudgetWan => new(field, Indicator.OwnBudget, FigureKind.Amount, OwnBudgetRule.OwnBudget,
                f => f.OwnBudget.OwnBudgetWan,
                (f, v) => OwnBudgetFigures.Create(v, f.OwnBudget.OtherFundsCompliant).Map(x => f with { OwnBudget = x }),
                Same),
            FigureField.OtherFundsCompliant => new(field, Indicator.OwnBudget, FigureKind.YesNo, OwnBudgetRule.OtherFundsCompliant,
                f => Number(f.OwnBudget.OtherFundsCompliant),
                (f, v) => Flag(v).Map(x => f with { OwnBudget = f.OwnBudget with { OtherFundsCompliant = x } }),
                Same),
            FigureField.ImplementationPercent => new(field, Indicator.WorkSystems, FigureKind.Percent, WorkSystemsRule.Implementation,
                f => f.WorkSystems.ImplementationPercent,
                (f, v) => WorkSystemsFigures.Create(v).Map(x => f with { WorkSystems = x }),
                Same),
            // Decides ranking eligibility, counts in no indicator.
            FigureField.FundsMisused => new(field, None, FigureKind.YesNo, None,
                f => Number(f.FundsMisused),
                (f, v) => Flag(v).Map(x => f with { FundsMisused = x }),
                Same),
        };
    }

    /// <summary>
    /// Completion is the lower of two rates: the input's rate must reach the metric (or pass it, when
    /// <paramref name="strict"/>), and the other rate must not hold completion below.
    /// </summary>
    private static Either<CompletionHeldByOtherRate, Rational> Completion(Rational metric, bool strict, int target, Rational otherRate, CompletionRate other) =>
        (strict ? Rational.Min(100, otherRate) <= metric : Rational.Min(100, otherRate) < metric)
            ? Left<CompletionHeldByOtherRate, Rational>(new CompletionHeldByOtherRate(other, otherRate.ToDecimal()))
            : Right<CompletionHeldByOtherRate, Rational>(metric * target / 100);

    private static decimal Number(bool yes) => yes ? 1m : 0m;

    private static Validation<Problem, bool> Flag(decimal v) =>
        v == 1m ? Valid.Ok(true) : v == 0m ? Valid.Ok(false) : Valid.Fail<bool>(Place.Whole, new ValueReason.NotYesNo(v));

}
