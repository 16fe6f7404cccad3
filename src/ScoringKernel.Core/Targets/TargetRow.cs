using LanguageExt;
using ScoringKernel.Core.Units;
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

    /// <summary>The poor population the reduction rate is measured against (2014's for the 2015 table).</summary>
    public const string BaselineField = "baseline_population";

    public static Validation<Problem, PopulationTargets> Create(int baselinePopulation, decimal reductionRatePercent, int reductionCount, int yearEndPopulation) =>
        (Valid.Count(BaselineField, baselinePopulation),
         Valid.Percent("reduction_rate_percent", reductionRatePercent),
         Valid.Count("reduction_count", reductionCount),
         Valid.Count("year_end_population", yearEndPopulation))
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
        (Valid.Amount("total_investment_wan", totalInvestmentWan),
         Valid.Amount("own_budget_wan", ownBudgetWan),
         Valid.Amount("sector_investment_wan", sectorInvestmentWan),
         Valid.Amount("social_investment_wan", socialInvestmentWan),
         Optional("income_yuan", incomeYuan, Valid.Amount),
         Optional("income_growth_percent", incomeGrowthPercent, (f, v) => Valid.Between(f, v, -100m, 10_000m)),
         Valid.Count("houses_to_renovate", housesToRenovate),
         Valid.Count("persons_to_reach", personsToReach),
         Valid.Count("households_to_reach", householdsToReach),
         Valid.Count("poor_villages", poorVillages).Bind(v => v > MaxPoorVillages
             ? Valid.Fail<int>("poor_villages", $"must be at most {MaxPoorVillages} (got {v})") : Valid.Ok(v)),
         Optional("per_village_investment_wan", perVillageInvestmentWan, Valid.Amount))
        .Apply((ti, ob, si, so, inc, gr, h, p, hh, v, pv) => new WorkTargets(ti, ob, si, so, inc, gr, h, p, hh, v, pv));

    private static Validation<Problem, Option<decimal>> Optional(string field, Option<decimal> value, Func<string, decimal, Validation<Problem, decimal>> check) =>
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
        var nameOk = Valid.Text("name", name, MaxNameLength);
        var workOk = (kind, work.IsSome) switch
        {
            (RowKind.Zone, true) => Valid.Fail<Unit>("kind", "a zone row carries population columns only"),
            (RowKind.Zone, false) => Valid.Ok(unit),
            (_, false) => Valid.Fail<Unit>("total_investment_wan", $"a {kind.Word()} row needs every work column"),
            (_, true) => Valid.Ok(unit),
        };
        var codeOk = (kind == RowKind.Zone) == code.IsZone
            ? Valid.Ok(code)
            : Valid.Fail<UnitCode>("code", kind == RowKind.Zone ? "a zone row takes a ZONE-… identifier" : "a GB/T 2260 code is needed for this kind of row");
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
        Valid.Text("name", name, TargetRow.MaxNameLength).Map(n => new UnitTargets(code, n, kind, population, work));
}
