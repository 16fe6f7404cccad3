using LanguageExt;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Targets;

/// <summary>The population columns of Attachment 2, present on every row.</summary>
public sealed record PopulationTargets
{
    internal PopulationTargets(int baselinePopulation, decimal reductionRatePercent, int reductionCount, int yearEndPopulation) =>
        (BaselinePopulation, ReductionRatePercent, ReductionCount, YearEndPopulation) = (baselinePopulation, reductionRatePercent, reductionCount, yearEndPopulation);

    public int BaselinePopulation { get; internal init; }
    public decimal ReductionRatePercent { get; internal init; }
    public int ReductionCount { get; internal init; }
    public int YearEndPopulation { get; internal init; }

    public static Validation<Problem, PopulationTargets> Create(int baselinePopulation, decimal reductionRatePercent, int reductionCount, int yearEndPopulation) =>
        (Valid.Count(new Step.TargetColumnOf(TargetColumn.BaselinePopulation), baselinePopulation),
         Valid.Percent(new Step.TargetColumnOf(TargetColumn.ReductionRatePercent), reductionRatePercent),
         Valid.Count(new Step.TargetColumnOf(TargetColumn.ReductionCount), reductionCount),
         Valid.Count(new Step.TargetColumnOf(TargetColumn.YearEndPopulation), yearEndPopulation))
        .Apply((b, r, c, y) => new PopulationTargets(b, r, c, y));
}

/// <summary>
/// The work columns of Attachment 2, present on scored units and the total row.
/// Income, growth and per-village investment may be left empty; the rule set's constants then apply.
/// </summary>
public sealed record WorkTargets
{
    internal WorkTargets(decimal totalInvestmentWan, decimal ownBudgetWan, decimal sectorInvestmentWan, decimal socialInvestmentWan,
        Option<decimal> incomeYuan, Option<decimal> incomeGrowthPercent, int housesToRenovate, int personsToReach, int householdsToReach,
        int poorVillages, Option<decimal> perVillageInvestmentWan)
    {
        TotalInvestmentWan = totalInvestmentWan;
        OwnBudgetWan = ownBudgetWan;
        SectorInvestmentWan = sectorInvestmentWan;
        SocialInvestmentWan = socialInvestmentWan;
        IncomeYuan = incomeYuan;
        IncomeGrowthPercent = incomeGrowthPercent;
        HousesToRenovate = housesToRenovate;
        PersonsToReach = personsToReach;
        HouseholdsToReach = householdsToReach;
        PoorVillages = poorVillages;
        PerVillageInvestmentWan = perVillageInvestmentWan;
    }

    public decimal TotalInvestmentWan { get; internal init; }
    public decimal OwnBudgetWan { get; internal init; }
    public decimal SectorInvestmentWan { get; internal init; }
    public decimal SocialInvestmentWan { get; internal init; }
    public Option<decimal> IncomeYuan { get; internal init; }
    public Option<decimal> IncomeGrowthPercent { get; internal init; }
    public int HousesToRenovate { get; internal init; }
    public int PersonsToReach { get; internal init; }
    public int HouseholdsToReach { get; internal init; }
    public int PoorVillages { get; internal init; }
    public Option<decimal> PerVillageInvestmentWan { get; internal init; }

    /// <summary>The bound on a unit's poor villages; the largest 2015 unit (祁东县) has 104.</summary>
    public const int MaxPoorVillages = 5_000;

    public static Validation<Problem, WorkTargets> Create(
        decimal totalInvestmentWan, decimal ownBudgetWan, decimal sectorInvestmentWan, decimal socialInvestmentWan,
        Option<decimal> incomeYuan, Option<decimal> incomeGrowthPercent,
        int housesToRenovate, int personsToReach, int householdsToReach, int poorVillages,
        Option<decimal> perVillageInvestmentWan) =>
        (Valid.Amount(new Step.TargetColumnOf(TargetColumn.TotalInvestmentWan), totalInvestmentWan),
         Valid.Amount(new Step.TargetColumnOf(TargetColumn.OwnBudgetWan), ownBudgetWan),
         Valid.Amount(new Step.TargetColumnOf(TargetColumn.SectorInvestmentWan), sectorInvestmentWan),
         Valid.Amount(new Step.TargetColumnOf(TargetColumn.SocialInvestmentWan), socialInvestmentWan),
         Optional(new Step.TargetColumnOf(TargetColumn.IncomeYuan), incomeYuan, Valid.Amount),
         Optional(new Step.TargetColumnOf(TargetColumn.IncomeGrowthPercent), incomeGrowthPercent, (f, v) => Valid.Between(f, v, -100m, 10_000m)),
         Valid.Count(new Step.TargetColumnOf(TargetColumn.HousesToRenovate), housesToRenovate),
         Valid.Count(new Step.TargetColumnOf(TargetColumn.PersonsToReach), personsToReach),
         Valid.Count(new Step.TargetColumnOf(TargetColumn.HouseholdsToReach), householdsToReach),
         Valid.Count(new Step.TargetColumnOf(TargetColumn.PoorVillages), poorVillages).Bind(v => v > MaxPoorVillages
             ? Valid.Fail<int>(new Step.TargetColumnOf(TargetColumn.PoorVillages), new ValueReason.TooLarge(v, MaxPoorVillages)) : Valid.Ok(v)),
         Optional(new Step.TargetColumnOf(TargetColumn.PerVillageInvestmentWan), perVillageInvestmentWan, Valid.Amount))
        .Apply((ti, ob, si, so, inc, gr, h, p, hh, v, pv) => new WorkTargets(ti, ob, si, so, inc, gr, h, p, hh, v, pv));

    private static Validation<Problem, Option<decimal>> Optional(Step field, Option<decimal> value, Func<Step, decimal, Validation<Problem, decimal>> check) =>
        value.Match(v => check(field, v).Map(Some), () => Valid.Ok(Option<decimal>.None));
}

/// <summary>One row of Attachment 2.</summary>
public sealed record TargetRow
{
    internal TargetRow(UnitCode code, string name, RowKind kind, PopulationTargets population, Option<WorkTargets> work) =>
        (Code, Name, Kind, Population, Work) = (code, name, kind, population, work);

    public UnitCode Code { get; }
    public string Name { get; }
    public RowKind Kind { get; }
    public PopulationTargets Population { get; internal init; }
    public Option<WorkTargets> Work { get; internal init; }

    public const int MaxNameLength = 64;

    public static Validation<Problem, TargetRow> Create(UnitCode code, string? name, RowKind kind, PopulationTargets population, Option<WorkTargets> work)
    {
        var nameOk = Valid.Text(new Step.TargetColumnOf(TargetColumn.Name), name, MaxNameLength);
        var workOk = (kind, work.IsSome) switch
        {
            (RowKind.Zone, true) => Valid.Fail<Unit>(new Step.TargetColumnOf(TargetColumn.Kind), new TargetReason.ZoneWithWork()),
            (RowKind.Zone, false) => Valid.Ok(unit),
            (_, false) => Valid.Fail<Unit>(new Step.TargetColumnOf(TargetColumn.TotalInvestmentWan), new TargetReason.WorkColumnsMissing(kind.Word())),
            (_, true) => Valid.Ok(unit),
        };
        var codeOk = (kind == RowKind.Zone) == code.IsZone
            ? Valid.Ok(code)
            : Valid.Fail<UnitCode>(new Step.TargetColumnOf(TargetColumn.Code), kind == RowKind.Zone ? new TargetReason.ZoneNeedsZoneCode() : new TargetReason.RowNeedsDivisionCode());
        return (codeOk, nameOk, workOk).Apply((c, n, _) => new TargetRow(c, n, kind, population, work));
    }

    /// <summary>The targets a unit is scored against, for rows that are scored at all.</summary>
    public Option<UnitTargets> ScoredTargets =>
        from kind in Kind.ScoredKind()
        from w in Work
        select new UnitTargets(Code, Name, kind, Population, w);
}

/// <summary>A scored unit's row: everything <see cref="Scoring.Scorer.Score"/> needs, every column present.</summary>
public sealed record UnitTargets
{
    internal UnitTargets(UnitCode code, string name, UnitKind kind, PopulationTargets population, WorkTargets work) =>
        (Code, Name, Kind, Population, Work) = (code, name, kind, population, work);

    public UnitCode Code { get; }
    public string Name { get; }
    public UnitKind Kind { get; }
    public PopulationTargets Population { get; }
    public WorkTargets Work { get; }

    /// <summary>One unit's targets on their own (for a unit scored outside a table): its parts are validated, its name checked here.</summary>
    public static Validation<Problem, UnitTargets> Create(UnitCode code, string? name, UnitKind kind, PopulationTargets population, WorkTargets work) =>
        Valid.Text(new Step.TargetColumnOf(TargetColumn.Name), name, TargetRow.MaxNameLength).Map(n => new UnitTargets(code, n, kind, population, work));
}
