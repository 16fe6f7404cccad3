using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
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

/// <summary>What changing a parameter changes.</summary>
public enum ParameterEffect
{
    /// <summary>An indicator's rule: the units' score cards, and so the ranking.</summary>
    Scores,
    /// <summary>The pass line or a quota: only the ranking and grades; no score card changes.</summary>
    RanksOnly,
}

/// <summary>
/// One numeric parameter of a rule set, by path (<c>village_assistance.investment_short.step</c>), with how to read and
/// change it. <see cref="TableColumn"/> is set for a target that applies only where Attachment 2 leaves that column empty;
/// <see cref="Effect"/> says whether it changes scores or only the ranking.
/// </summary>
public sealed record RuleParameterDef(string Path, Option<Indicator> Indicator, string Name, ParameterKind Kind, Func<RuleSet, decimal> Get, Func<RuleSet, decimal, RuleSet> Set, Option<TargetField> TableColumn, ParameterEffect Effect)
{
    public Validation<Problem, RuleSet> Apply(RuleSet rules, decimal value, Step field) =>
        Check(value, field).Map(v => Set(rules, v));

    public Validation<Problem, decimal> Check(decimal value, Step field) => Kind switch
    {
        ParameterKind.Points => Valid.Between(field, value, 0m, 1_000m),
        ParameterKind.Step => Valid.Positive(field, value),
        ParameterKind.Amount => Valid.Amount(field, value),
        ParameterKind.Percent => Valid.Percent(field, value),
        ParameterKind.Count => value == decimal.Truncate(value) ? Valid.Between(field, value, 0m, 100_000m) : Valid.Fail<decimal>(field, new ValueReason.NotWhole(value)),
    };
}

/// <summary>One indicator's parameter rows, written against its own rule record (each indicator's folder lists its own).</summary>
public sealed class ParameterRows<TRule>(Indicator indicator, Func<RuleSet, TRule> rule, Func<RuleSet, TRule, RuleSet> withRule)
{
    private readonly List<RuleParameterDef> rows = [];

    public Seq<RuleParameterDef> Rows => rows.ToSeq().Strict();

    public ParameterRows<TRule> Value(string name, ParameterKind kind, Func<TRule, decimal> get, Func<TRule, decimal, TRule> set) =>
        Add(name, kind, get, set, None);

    /// <summary>A target the rule set gives only for units whose row of Attachment 2 leaves <paramref name="column"/> empty.</summary>
    public ParameterRows<TRule> WhereTableEmpty(string name, ParameterKind kind, TargetField column, Func<TRule, decimal> get, Func<TRule, decimal, TRule> set) =>
        Add(name, kind, get, set, Some(column));

    private ParameterRows<TRule> Add(string name, ParameterKind kind, Func<TRule, decimal> get, Func<TRule, decimal, TRule> set, Option<TargetField> column)
    {
        rows.Add(new RuleParameterDef($"{indicator.Key()}.{name}", Some(indicator), name, kind,
            r => get(rule(r)), (r, v) => withRule(r, set(rule(r), v)), column, ParameterEffect.Scores));
        return this;
    }

    /// <summary>"Deduct D per S short": its <c>.step</c> and <c>.deduction</c>.</summary>
    public ParameterRows<TRule> Rate(string name, Func<TRule, StepRate> get, Func<TRule, StepRate, TRule> set) =>
        Value($"{name}.step", ParameterKind.Step, r => get(r).Step, (r, v) => set(r, get(r) with { Step = v }))
        .Value($"{name}.deduction", ParameterKind.Points, r => get(r).Deduction, (r, v) => set(r, get(r) with { Deduction = v }));

    /// <summary>A rate that differs for counties and cities (<c>.county</c>) and districts (<c>.district</c>).</summary>
    public ParameterRows<TRule> ByKind(string name, Func<TRule, ByKind<StepRate>> get, Func<TRule, ByKind<StepRate>, TRule> set) =>
        Rate($"{name}.county", r => get(r).County, (r, v) => set(r, get(r) with { County = v }))
        .Rate($"{name}.district", r => get(r).District, (r, v) => set(r, get(r) with { District = v }));
}

/// <summary>
/// Every numeric parameter of a rule set. The catalog the server and the command line show, and the
/// scenario overrides, both read this one table, so the parameters named are the parameters used.
/// </summary>
public static class RuleParameters
{
    public static readonly RuleParameterDef PassLine =
        Ranking("pass_line", ParameterKind.Points, r => r.PassLine, (r, v) => r with { PassLine = v });

    public static readonly RuleParameterDef CountiesAndCitiesClass1Quota =
        Ranking("quotas.counties_and_cities_class_1", ParameterKind.Count, r => r.Quotas.CountiesAndCitiesClass1, (r, v) => r with { Quotas = r.Quotas with { CountiesAndCitiesClass1 = (int)v } });

    public static readonly RuleParameterDef DistrictsClass1Quota =
        Ranking("quotas.districts_class_1", ParameterKind.Count, r => r.Quotas.DistrictsClass1, (r, v) => r with { Quotas = r.Quotas with { DistrictsClass1 = (int)v } });

    public static readonly Seq<RuleParameterDef> All = Indicators.All.Bind(Of).Strict() + Seq(PassLine, CountiesAndCitiesClass1Quota, DistrictsClass1Quota);

    private static readonly Dictionary<string, RuleParameterDef> ByPath = All.ToDictionary(p => p.Path, StringComparer.Ordinal);

    public static Option<RuleParameterDef> Find(string path) => ByPath.TryGetValue(path, out var def) ? Some(def) : None;

    public static Seq<(string Name, decimal Value)> Of(RuleSet rules, Indicator indicator) =>
        Of(indicator).Map(p => (p.Name, p.Get(rules)));

    /// <summary>The parameters of one indicator's rule, as its folder lists them.</summary>
    public static Seq<RuleParameterDef> Of(Indicator indicator) => indicator switch
    {
        Indicator.PovertyReduction => PovertyReductionRule.Parameters,
        Indicator.TargetedAssistance => TargetedAssistanceRule.Parameters,
        Indicator.VillageIncome => VillageIncomeRule.Parameters,
        Indicator.HouseRenovation => HouseRenovationRule.Parameters,
        Indicator.Leadership => LeadershipRule.Parameters,
        Indicator.VillageAssistance => VillageAssistanceRule.Parameters,
        Indicator.SocialInvestment => SocialInvestmentRule.Parameters,
        Indicator.TotalInvestment => TotalInvestmentRule.Parameters,
        Indicator.OwnBudget => OwnBudgetRule.Parameters,
        Indicator.WorkSystems => WorkSystemsRule.Parameters,
    };

    /// <summary>A parameter of the whole rule set that only ranks and grades (no indicator reads it).</summary>
    private static RuleParameterDef Ranking(string name, ParameterKind kind, Func<RuleSet, decimal> get, Func<RuleSet, decimal, RuleSet> set) =>
        new(name, None, name, kind, get, set, None, ParameterEffect.RanksOnly);
}
