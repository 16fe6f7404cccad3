using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Scenarios;

/// <summary>Applies a scenario's overrides to a base, in order, through the same smart constructors as any input.</summary>
public static class ScenarioApplication
{
    public const int MaxOverrides = 1_000;

    /// <summary>Every override's problems, each placed at its override; nothing is half-applied.</summary>
    public static Validation<Problem, ScenarioBase> Apply(ScenarioBase @base, Scenario scenario)
    {
        if (scenario.Overrides.Count > MaxOverrides)
            return Valid.Fail<ScenarioBase>(Step.Overrides.Instance, new ScenarioReason.TooManyOverrides(scenario.Overrides.Count, MaxOverrides));
        // Each override applies to what the ones before it made; one that fails is reported and the rest still checked.
        var (result, problems) = scenario.Overrides.Fold((Current: @base, Problems: Seq<Problem>(), Index: 0), (acc, o) =>
            Apply(acc.Current, o).Match(
                next => (next, acc.Problems, acc.Index + 1),
                ps => (acc.Current, acc.Problems + ps.Map(p => p.Under(new Step.OverrideEntry(acc.Index))), acc.Index + 1))) switch
        {
            var (current, ps, _) => (current, ps),
        };
        return problems.IsEmpty ? Valid.Ok(result) : Fail<Problem, ScenarioBase>(problems);
    }

    /// <summary>One override; its problems stand at the part of the override they concern (its value, its unit …).</summary>
    public static Validation<Problem, ScenarioBase> Apply(ScenarioBase b, Override o) => o.Match(
        parameter => AppliesSomewhere(b.Table, parameter.Definition)
            .Bind(_ => parameter.Definition.Apply(b.Rules, parameter.Value, new Step.OverridePart(OverrideItem.ParameterValue)))
            .Map(r => b with { Rules = r }),
        policy => Valid.Ok(b with { Rules = b.Rules with { Policy = policy.Value } }),
        target => ApplyTarget(b.Table, target).Map(t => b with { Table = t }),
        figure => ApplyFigure(b, figure).Map(f => b with { Figures = f }));

    /// <summary>A target the table gives for every unit would change nothing: the caller means the table's column.</summary>
    private static Validation<Problem, Unit> AppliesSomewhere(TargetTable table, RuleParameterDef def) =>
        def.TableColumn.Match(
            column => table.Units.ForAll(u => column.IsGiven(u))
                ? Valid.Fail<Unit>(new Step.OverridePart(OverrideItem.ParameterPath), new ScenarioReason.ParameterGovernedByTable(def.Path, column))
                : Valid.Ok(unit),
            () => Valid.Ok(unit));

    private static Validation<Problem, TargetTable> ApplyTarget(TargetTable table, Override.Target o)
    {
        var covered = table.Units.Filter(u => o.Scope.Covers(u.Code, u.Kind));
        if (covered.IsEmpty)
            return o.Scope.Match(
                u => Valid.Fail<TargetTable>(SharedProblems.NotScored(table, u.Code).Under(new Step.OverridePart(OverrideItem.TargetUnit))),
                k => Valid.Fail<TargetTable>(new Step.OverridePart(OverrideItem.TargetKind), new ScenarioReason.NoUnitOfKind(k.Kind)),
                g => Valid.Fail<TargetTable>(new Step.OverridePart(OverrideItem.TargetGroup), new ScenarioReason.NoUnitInGroup(g.Group)));
        // Each covered row is set once and the table rebuilt once: a group target on 2,800 units is linear, not quadratic.
        var rowOf = table.Rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First());
        return covered.Fold(Valid.Ok(HashMap<UnitCode, TargetRow>()), (acc, unit) => acc.Bind(changed =>
                rowOf.TryGetValue(unit.Code, out var row)
                    ? SetTarget(row, unit, o.Field, o.Value).Map(set => changed.AddOrUpdate(unit.Code, set))
                    : Valid.Ok(changed)))
            .Map(table.WithRows);
    }

    private static Validation<Problem, TargetRow> SetTarget(TargetRow row, UnitTargets unit, TargetField field, decimal v)
    {
        var p = unit.Population;
        var w = unit.Work;
        var work = field switch
        {
            TargetField.ReductionRatePercent => Valid.Ok(w),
            TargetField.TotalInvestmentWan => Work(w with { TotalInvestmentWan = v }),
            TargetField.OwnBudgetWan => Work(w with { OwnBudgetWan = v }),
            TargetField.SocialInvestmentWan => Work(w with { SocialInvestmentWan = v }),
            TargetField.IncomeYuan => Work(w with { IncomeYuan = v }),
            TargetField.IncomeGrowthPercent => Work(w with { IncomeGrowthPercent = v }),
            TargetField.HousesToRenovate => Valid.Whole(v).Bind(n => Work(w with { HousesToRenovate = n })),
            TargetField.PersonsToReach => Valid.Whole(v).Bind(n => Work(w with { PersonsToReach = n })),
            TargetField.HouseholdsToReach => Valid.Whole(v).Bind(n => Work(w with { HouseholdsToReach = n })),
            TargetField.PerVillageInvestmentWan => Work(w with { PerVillageInvestmentWan = v }),
        };
        var population = field == TargetField.ReductionRatePercent
            ? PopulationTargets.Create(p.BaselinePopulation, v, p.ReductionCount, p.YearEndPopulation).At(Place.Whole)
            : Valid.Ok(p);
        return (population, work).Apply((pp, ww) => row with { Population = pp, Work = Some(ww) }).Under(new Step.OverridePart(OverrideItem.TargetValue));
    }

    /// <summary>
    /// The unit's targets with one column set, unchecked: what <see cref="SetTarget"/> makes once the value is checked
    /// (threshold analysis checks the ends of its range and scores the values between).
    /// </summary>
    internal static UnitTargets WithTarget(UnitTargets u, TargetField field, decimal v)
    {
        var w = u.Work;
        return field switch
        {
            TargetField.ReductionRatePercent => new UnitTargets(u.Code, u.Name, u.Kind, u.Population with { ReductionRatePercent = v }, w),
            TargetField.TotalInvestmentWan => new UnitTargets(u.Code, u.Name, u.Kind, u.Population, w with { TotalInvestmentWan = v }),
            TargetField.OwnBudgetWan => new UnitTargets(u.Code, u.Name, u.Kind, u.Population, w with { OwnBudgetWan = v }),
            TargetField.SocialInvestmentWan => new UnitTargets(u.Code, u.Name, u.Kind, u.Population, w with { SocialInvestmentWan = v }),
            TargetField.IncomeYuan => new UnitTargets(u.Code, u.Name, u.Kind, u.Population, w with { IncomeYuan = v }),
            TargetField.IncomeGrowthPercent => new UnitTargets(u.Code, u.Name, u.Kind, u.Population, w with { IncomeGrowthPercent = v }),
            TargetField.HousesToRenovate => new UnitTargets(u.Code, u.Name, u.Kind, u.Population, w with { HousesToRenovate = (int)v }),
            TargetField.PersonsToReach => new UnitTargets(u.Code, u.Name, u.Kind, u.Population, w with { PersonsToReach = (int)v }),
            TargetField.HouseholdsToReach => new UnitTargets(u.Code, u.Name, u.Kind, u.Population, w with { HouseholdsToReach = (int)v }),
            TargetField.PerVillageInvestmentWan => new UnitTargets(u.Code, u.Name, u.Kind, u.Population, w with { PerVillageInvestmentWan = v }),
        };
    }

    private static Validation<Problem, WorkTargets> Work(WorkTargets w) =>
        WorkTargets.Create(w.TotalInvestmentWan, w.OwnBudgetWan, w.SectorInvestmentWan, w.SocialInvestmentWan, w.IncomeYuan, w.IncomeGrowthPercent,
            w.HousesToRenovate, w.PersonsToReach, w.HouseholdsToReach, w.PoorVillages, w.PerVillageInvestmentWan)
        .At(Place.Whole);

    private static Validation<Problem, Seq<UnitFigures>> ApplyFigure(ScenarioBase b, Override.Figure o) =>
        b.Figures.Find(f => f.Unit == o.Unit).Match(Valid.Ok, () => Valid.Fail<UnitFigures>(SharedProblems.NoFigures(o.Unit).Under(new Step.OverridePart(OverrideItem.FigureUnit))))
            .Bind(f => o.Field.Def().Set(f, o.Value).At(Place.Of(new Step.OverridePart(OverrideItem.FigureValue))))
            .Map(changed => b.Figures.Map(f => f.Unit == o.Unit ? changed : f).Strict());
}
