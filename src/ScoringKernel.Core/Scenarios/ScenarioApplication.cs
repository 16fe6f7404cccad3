using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Scenarios;

/// <summary>Applies a scenario's overrides to a base, in order, through the same smart constructors as any input.</summary>
public static class ScenarioApplication
{
    public const int MaxOverrides = 1_000;

    /// <summary>Every override's problems, named <c>overrides[i].…</c>; nothing is half-applied.</summary>
    public static Validation<Problem, ScenarioBase> Apply(ScenarioBase @base, Scenario scenario)
    {
        if (scenario.Overrides.Count > MaxOverrides)
            return Valid.Fail<ScenarioBase>("overrides", $"at most {MaxOverrides} overrides per scenario (got {scenario.Overrides.Count})");
        var current = @base;
        var problems = new List<Problem>();
        var i = 0;
        foreach (var o in scenario.Overrides)
        {
            var index = i++;
            Apply(current, o).Match(
                next => current = next,
                ps => problems.AddRange(ps.Map(p => p.Under($"overrides[{index}]"))));
        }
        return problems.Count == 0 ? Valid.Ok(current) : Fail<Problem, ScenarioBase>(problems.ToSeq());
    }

    public static Validation<Problem, ScenarioBase> Apply(ScenarioBase b, Override o) => o.Match(
        parameter => RuleParameters.Find(parameter.Path).Match(
            def => def.Apply(b.Rules, parameter.Value, "value").Map(r => b with { Rules = r }),
            () => Valid.Fail<ScenarioBase>("parameter", $"no rule-set parameter '{parameter.Path}'")),
        policy => Valid.Ok(b with { Rules = b.Rules with { Policy = policy.Value } }),
        target => ApplyTarget(b.Table, target).Map(t => b with { Table = t }),
        figure => ApplyFigure(b, figure).Map(f => b with { Figures = f }));

    private static Validation<Problem, TargetTable> ApplyTarget(TargetTable table, Override.Target o)
    {
        var covered = table.Units.Filter(u => o.Scope.Covers(u.Code, u.Kind));
        if (covered.IsEmpty)
            return Valid.Fail<TargetTable>("scope", o.Scope.Match(
                u => $"unit {u.Code} is not a scored unit of the target table",
                k => $"the target table has no unit of kind {k.Kind}",
                g => $"the target table has no unit in group {g.Group}"));
        return covered.Fold(Valid.Ok(table), (acc, unit) => acc.Bind(t =>
            t.Rows.Find(r => r.Code == unit.Code).Match(
                row => SetTarget(row, o.Field, o.Value).Map(t.WithRow),
                () => Valid.Ok(t))));
    }

    private static Validation<Problem, TargetRow> SetTarget(TargetRow row, TargetField field, decimal v)
    {
        var p = row.Population;
        var w = row.Work.IfNone(() => throw new InvalidOperationException("scored rows carry work targets"));
        var work = field switch
        {
            TargetField.ReductionRatePercent => Valid.Ok(w),
            TargetField.TotalInvestmentWan => Work(w with { TotalInvestmentWan = v }),
            TargetField.OwnBudgetWan => Work(w with { OwnBudgetWan = v }),
            TargetField.SocialInvestmentWan => Work(w with { SocialInvestmentWan = v }),
            TargetField.IncomeYuan => Work(w with { IncomeYuan = v }),
            TargetField.IncomeGrowthPercent => Work(w with { IncomeGrowthPercent = v }),
            TargetField.HousesToRenovate => Whole(v).Bind(n => Work(w with { HousesToRenovate = n })),
            TargetField.PersonsToReach => Whole(v).Bind(n => Work(w with { PersonsToReach = n })),
            TargetField.HouseholdsToReach => Whole(v).Bind(n => Work(w with { HouseholdsToReach = n })),
            TargetField.PerVillageInvestmentWan => Work(w with { PerVillageInvestmentWan = v }),
        };
        var population = field == TargetField.ReductionRatePercent
            ? PopulationTargets.Create(p.Baseline2014, v, p.ReductionCount, p.YearEndPopulation).MapFail(x => x with { Field = "" })
            : Valid.Ok(p);
        return (population, work).Apply((pp, ww) => row with { Population = pp, Work = Some(ww) }).Under("value");
    }

    private static Validation<Problem, WorkTargets> Work(WorkTargets w) =>
        WorkTargets.Create(w.TotalInvestmentWan, w.OwnBudgetWan, w.SectorInvestmentWan, w.SocialInvestmentWan, w.IncomeYuan, w.IncomeGrowthPercent,
            w.HousesToRenovate, w.PersonsToReach, w.HouseholdsToReach, w.PoorVillages, w.PerVillageInvestmentWan)
        .MapFail(p => p with { Field = "" });

    private static Validation<Problem, ScoringKernel.Core.Figures.UnitFigures> Figures(Seq<UnitFigures> all, Override.Figure o) =>
        all.Find(f => f.Unit == o.Unit).Match(Valid.Ok, () => Valid.Fail<UnitFigures>("unit", $"no figures for unit {o.Unit}"));

    private static Validation<Problem, Seq<UnitFigures>> ApplyFigure(ScenarioBase b, Override.Figure o) =>
        Figures(b.Figures, o)
            .Bind(f => SetFigure(f, o.Field, o.Value).MapFail(p => p with { Field = "" }).Under("value"))
            .Map(changed => b.Figures.Map(f => f.Unit == o.Unit ? changed : f).Strict());

    public static Validation<Problem, UnitFigures> SetFigure(UnitFigures f, FigureField field, decimal v) => field switch
    {
        FigureField.PersonsLifted => Whole(v).Bind(n => PovertyReductionFigures.Create(n, f.PovertyReduction.DynamicManagement)).Map(x => f with { PovertyReduction = x }),
        FigureField.DynamicManagement => Flag(v).Map(x => f with { PovertyReduction = f.PovertyReduction with { DynamicManagement = x } }),
        FigureField.PersonsReached => Whole(v).Bind(n => TargetedAssistanceFigures.Create(n, f.TargetedAssistance.HouseholdsReached)).Map(x => f with { TargetedAssistance = x }),
        FigureField.HouseholdsReached => Whole(v).Bind(n => TargetedAssistanceFigures.Create(f.TargetedAssistance.PersonsReached, n)).Map(x => f with { TargetedAssistance = x }),
        FigureField.IncomeYuan => VillageIncomeFigures.Create(v, f.VillageIncome.GrowthPercent).Map(x => f with { VillageIncome = x }),
        FigureField.GrowthPercent => VillageIncomeFigures.Create(f.VillageIncome.IncomeYuan, v).Map(x => f with { VillageIncome = x }),
        FigureField.HouseholdsRenovated => Whole(v).Bind(HouseRenovationFigures.Create).Map(x => f with { HouseRenovation = x }),
        FigureField.SpecialStudy => Flag(v).Map(x => f with { Leadership = f.Leadership with { SpecialStudy = x } }),
        FigureField.TopLeaderResponsibility => Flag(v).Map(x => f with { Leadership = f.Leadership with { TopLeaderResponsibility = x } }),
        FigureField.PlanWithMeasures => Flag(v).Map(x => f with { Leadership = f.Leadership with { PlanWithMeasures = x } }),
        FigureField.FundsPledgedWan => VillageAssistanceFigures.Create(f.VillageAssistance.Villages, v, f.VillageAssistance.FundsDeliveredWan).Map(x => f with { VillageAssistance = x }),
        FigureField.FundsDeliveredWan => VillageAssistanceFigures.Create(f.VillageAssistance.Villages, f.VillageAssistance.FundsPledgedWan, v).Map(x => f with { VillageAssistance = x }),
        FigureField.SocialInvestmentWan => SocialInvestmentFigures.Create(v, f.SocialInvestment.PovertyDayHeld).Map(x => f with { SocialInvestment = x }),
        FigureField.PovertyDayHeld => Flag(v).Map(x => f with { SocialInvestment = f.SocialInvestment with { PovertyDayHeld = x } }),
        FigureField.TotalInvestmentWan => TotalInvestmentFigures.Create(v).Map(x => f with { TotalInvestment = x }),
        FigureField.OwnBudgetWan => OwnBudgetFigures.Create(v, f.OwnBudget.OtherFundsCompliant).Map(x => f with { OwnBudget = x }),
        FigureField.OtherFundsCompliant => Flag(v).Map(x => f with { OwnBudget = f.OwnBudget with { OtherFundsCompliant = x } }),
        FigureField.ImplementationPercent => WorkSystemsFigures.Create(v).Map(x => f with { WorkSystems = x }),
        FigureField.FundsMisused => Flag(v).Map(x => f with { FundsMisused = x }),
    };

    private static Validation<Problem, int> Whole(decimal v) =>
        v == decimal.Truncate(v) && v >= int.MinValue && v <= int.MaxValue ? Valid.Ok((int)v) : Valid.Fail<int>("", $"must be a whole number (got {v})");

    private static Validation<Problem, bool> Flag(decimal v) =>
        v == 1m ? Valid.Ok(true) : v == 0m ? Valid.Ok(false) : Valid.Fail<bool>("", $"a yes/no figure takes 1 or 0 (got {v})");
}
