using LanguageExt;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Mapping;

/// <summary>Scenarios, sweeps, margins and reach between the wire and the domain.</summary>
public static class ScenarioMapping
{
    public static Validation<Problem, Scenario> ToDomain(P.Scenario s) =>
        (Valid.Text("name", s.Name, 200),
         s.Overrides.Count > ScenarioApplication.MaxOverrides
             ? Valid.Fail<Seq<Override>>("overrides", $"at most {ScenarioApplication.MaxOverrides} overrides per scenario (got {s.Overrides.Count})")
             : Valid.Each("overrides", s.Overrides, ToDomain))
        .Apply((n, o) => new Scenario(n, o));

    public static Validation<Problem, Override> ToDomain(P.Override? o)
    {
        if (o is null) return Valid.Fail<Override>("", "is required");
        return o.KindCase switch
        {
            P.Override.KindOneofCase.Parameter => Parameter(o.Parameter).Under("parameter"),
            P.Override.KindOneofCase.Policy => EnumMapping.ToDomain(o.Policy.UnitPolicy, "unit_policy")
                .Bind(p => p.Match(v => Valid.Ok<Override>(new Override.Policy(v)), () => Valid.Fail<Override>("unit_policy", "is required")))
                .Under("policy"),
            P.Override.KindOneofCase.Target => Target(o.Target).Under("target"),
            P.Override.KindOneofCase.Figure => Figure(o.Figure).Under("figure"),
            P.Override.KindOneofCase.None => Valid.Fail<Override>("kind", "set one of parameter, policy, target or figure"),
            _ => Valid.Fail<Override>("kind", "unknown override kind"),
        };
    }

    private static Validation<Problem, Override> Parameter(P.ParameterOverride p)
    {
        var r = new WireReader();
        var value = r.Dec(p.Value, "value");
        var path = RuleParameters.Find(p.Path).Match(
            d => Valid.Ok(d.Path),
            () => Valid.Fail<string>("path", $"no rule-set parameter '{WireReader.Shorten(p.Path)}'; GetRuleSet lists them"));
        return r.Finish(path.Map(x => (Override)new Override.Parameter(x, value)));
    }

    private static Validation<Problem, Override> Target(P.TargetOverride t)
    {
        var r = new WireReader();
        var value = r.Dec(t.Value, "value");
        Validation<Problem, TargetScope> scope = t.ScopeCase switch
        {
            P.TargetOverride.ScopeOneofCase.UnitCode => UnitCode.Create("unit_code", t.UnitCode).Map(c => (TargetScope)new TargetScope.OneUnit(c)),
            P.TargetOverride.ScopeOneofCase.Kind => UnitKind(t.Kind).Map(k => (TargetScope)new TargetScope.OfKind(k)),
            P.TargetOverride.ScopeOneofCase.Group => Group(t.Group).Map(g => (TargetScope)new TargetScope.OfGroup(g)),
            _ => Valid.Fail<TargetScope>("scope", "set one of unit_code, kind or group"),
        };
        return r.Finish((scope, TargetField(t.Field)).Apply((s, f) => (Override)new Override.Target(s, f, value)));
    }

    private static Validation<Problem, Override> Figure(P.FigureOverride f)
    {
        var r = new WireReader();
        var value = r.Dec(f.Value, "value");
        return r.Finish((UnitCode.Create("unit_code", f.UnitCode), FigureField(f.Field, "field"))
            .Apply((u, field) => (Override)new Override.Figure(u, field, value)));
    }

    private static Validation<Problem, UnitKind> UnitKind(P.UnitKind k) => k switch
    {
        P.UnitKind.County => Valid.Ok(Core.Units.UnitKind.County),
        P.UnitKind.CountyCity => Valid.Ok(Core.Units.UnitKind.CountyLevelCity),
        P.UnitKind.District => Valid.Ok(Core.Units.UnitKind.District),
        _ => Valid.Fail<UnitKind>("kind", $"must be UNIT_KIND_COUNTY, UNIT_KIND_COUNTY_CITY or UNIT_KIND_DISTRICT (got {(int)k})"),
    };

    private static Validation<Problem, AssessmentGroup> Group(P.AssessmentGroup g) => g switch
    {
        P.AssessmentGroup.CountiesAndCities => Valid.Ok(AssessmentGroup.CountiesAndCities),
        P.AssessmentGroup.Districts => Valid.Ok(AssessmentGroup.Districts),
        _ => Valid.Fail<AssessmentGroup>("group", $"must be ASSESSMENT_GROUP_COUNTIES_AND_CITIES or ASSESSMENT_GROUP_DISTRICTS (got {(int)g})"),
    };

    private static Validation<Problem, TargetField> TargetField(P.TargetField f) => f switch
    {
        P.TargetField.ReductionRatePercent => Valid.Ok(Core.Scenarios.TargetField.ReductionRatePercent),
        P.TargetField.TotalInvestmentWan => Valid.Ok(Core.Scenarios.TargetField.TotalInvestmentWan),
        P.TargetField.OwnBudgetWan => Valid.Ok(Core.Scenarios.TargetField.OwnBudgetWan),
        P.TargetField.SocialInvestmentWan => Valid.Ok(Core.Scenarios.TargetField.SocialInvestmentWan),
        P.TargetField.IncomeYuan => Valid.Ok(Core.Scenarios.TargetField.IncomeYuan),
        P.TargetField.IncomeGrowthPercent => Valid.Ok(Core.Scenarios.TargetField.IncomeGrowthPercent),
        P.TargetField.HousesToRenovate => Valid.Ok(Core.Scenarios.TargetField.HousesToRenovate),
        P.TargetField.PersonsToReach => Valid.Ok(Core.Scenarios.TargetField.PersonsToReach),
        P.TargetField.HouseholdsToReach => Valid.Ok(Core.Scenarios.TargetField.HouseholdsToReach),
        P.TargetField.PerVillageInvestmentWan => Valid.Ok(Core.Scenarios.TargetField.PerVillageInvestmentWan),
        _ => Valid.Fail<TargetField>("field", $"must be a TARGET_FIELD_… value (got {(int)f})"),
    };

    public static Validation<Problem, FigureField> FigureField(P.FigureField f, string field) => f switch
    {
        P.FigureField.PersonsLifted => Valid.Ok(Core.Scenarios.FigureField.PersonsLifted),
        P.FigureField.DynamicManagement => Valid.Ok(Core.Scenarios.FigureField.DynamicManagement),
        P.FigureField.PersonsReached => Valid.Ok(Core.Scenarios.FigureField.PersonsReached),
        P.FigureField.HouseholdsReached => Valid.Ok(Core.Scenarios.FigureField.HouseholdsReached),
        P.FigureField.IncomeYuan => Valid.Ok(Core.Scenarios.FigureField.IncomeYuan),
        P.FigureField.GrowthPercent => Valid.Ok(Core.Scenarios.FigureField.GrowthPercent),
        P.FigureField.HouseholdsRenovated => Valid.Ok(Core.Scenarios.FigureField.HouseholdsRenovated),
        P.FigureField.SpecialStudy => Valid.Ok(Core.Scenarios.FigureField.SpecialStudy),
        P.FigureField.TopLeaderResponsibility => Valid.Ok(Core.Scenarios.FigureField.TopLeaderResponsibility),
        P.FigureField.PlanWithMeasures => Valid.Ok(Core.Scenarios.FigureField.PlanWithMeasures),
        P.FigureField.FundsPledgedWan => Valid.Ok(Core.Scenarios.FigureField.FundsPledgedWan),
        P.FigureField.FundsDeliveredWan => Valid.Ok(Core.Scenarios.FigureField.FundsDeliveredWan),
        P.FigureField.SocialInvestmentWan => Valid.Ok(Core.Scenarios.FigureField.SocialInvestmentWan),
        P.FigureField.PovertyDayHeld => Valid.Ok(Core.Scenarios.FigureField.PovertyDayHeld),
        P.FigureField.TotalInvestmentWan => Valid.Ok(Core.Scenarios.FigureField.TotalInvestmentWan),
        P.FigureField.OwnBudgetWan => Valid.Ok(Core.Scenarios.FigureField.OwnBudgetWan),
        P.FigureField.OtherFundsCompliant => Valid.Ok(Core.Scenarios.FigureField.OtherFundsCompliant),
        P.FigureField.ImplementationPercent => Valid.Ok(Core.Scenarios.FigureField.ImplementationPercent),
        P.FigureField.FundsMisused => Valid.Ok(Core.Scenarios.FigureField.FundsMisused),
        _ => Valid.Fail<FigureField>(field, $"must be a FIGURE_FIELD_… value (got {(int)f})"),
    };

    public static P.TargetField FromDomain(TargetField f) => f switch
    {
        Core.Scenarios.TargetField.ReductionRatePercent => P.TargetField.ReductionRatePercent,
        Core.Scenarios.TargetField.TotalInvestmentWan => P.TargetField.TotalInvestmentWan,
        Core.Scenarios.TargetField.OwnBudgetWan => P.TargetField.OwnBudgetWan,
        Core.Scenarios.TargetField.SocialInvestmentWan => P.TargetField.SocialInvestmentWan,
        Core.Scenarios.TargetField.IncomeYuan => P.TargetField.IncomeYuan,
        Core.Scenarios.TargetField.IncomeGrowthPercent => P.TargetField.IncomeGrowthPercent,
        Core.Scenarios.TargetField.HousesToRenovate => P.TargetField.HousesToRenovate,
        Core.Scenarios.TargetField.PersonsToReach => P.TargetField.PersonsToReach,
        Core.Scenarios.TargetField.HouseholdsToReach => P.TargetField.HouseholdsToReach,
        Core.Scenarios.TargetField.PerVillageInvestmentWan => P.TargetField.PerVillageInvestmentWan,
    };

    public static P.FigureField FromDomain(FigureField f) => f switch
    {
        Core.Scenarios.FigureField.PersonsLifted => P.FigureField.PersonsLifted,
        Core.Scenarios.FigureField.DynamicManagement => P.FigureField.DynamicManagement,
        Core.Scenarios.FigureField.PersonsReached => P.FigureField.PersonsReached,
        Core.Scenarios.FigureField.HouseholdsReached => P.FigureField.HouseholdsReached,
        Core.Scenarios.FigureField.IncomeYuan => P.FigureField.IncomeYuan,
        Core.Scenarios.FigureField.GrowthPercent => P.FigureField.GrowthPercent,
        Core.Scenarios.FigureField.HouseholdsRenovated => P.FigureField.HouseholdsRenovated,
        Core.Scenarios.FigureField.SpecialStudy => P.FigureField.SpecialStudy,
        Core.Scenarios.FigureField.TopLeaderResponsibility => P.FigureField.TopLeaderResponsibility,
        Core.Scenarios.FigureField.PlanWithMeasures => P.FigureField.PlanWithMeasures,
        Core.Scenarios.FigureField.FundsPledgedWan => P.FigureField.FundsPledgedWan,
        Core.Scenarios.FigureField.FundsDeliveredWan => P.FigureField.FundsDeliveredWan,
        Core.Scenarios.FigureField.SocialInvestmentWan => P.FigureField.SocialInvestmentWan,
        Core.Scenarios.FigureField.PovertyDayHeld => P.FigureField.PovertyDayHeld,
        Core.Scenarios.FigureField.TotalInvestmentWan => P.FigureField.TotalInvestmentWan,
        Core.Scenarios.FigureField.OwnBudgetWan => P.FigureField.OwnBudgetWan,
        Core.Scenarios.FigureField.OtherFundsCompliant => P.FigureField.OtherFundsCompliant,
        Core.Scenarios.FigureField.ImplementationPercent => P.FigureField.ImplementationPercent,
        Core.Scenarios.FigureField.FundsMisused => P.FigureField.FundsMisused,
    };

    public static P.ScenarioComparison FromDomain(ScenarioComparison c, int decimals)
    {
        string S(decimal d) => DecimalParsing.Format(d, decimals);
        var wire = new P.ScenarioComparison { Scenario = c.Scenario };
        wire.Units.AddRange(c.Units.Map(u =>
        {
            var w = new P.UnitChange
            {
                UnitCode = u.Unit.Value, Name = u.Name, Group = EnumMapping.FromDomain(u.Group),
                TotalBefore = S(u.TotalBefore), TotalAfter = S(u.TotalAfter), TotalDelta = S(u.TotalDelta),
                RankBefore = u.RankBefore.IfNone(0), RankAfter = u.RankAfter.IfNone(0),
                GradeBefore = EnumMapping.FromDomain(u.GradeBefore), GradeAfter = EnumMapping.FromDomain(u.GradeAfter),
            };
            w.Indicators.AddRange(u.Indicators.Map(i => new P.IndicatorChange { Indicator = EnumMapping.FromDomain(i.Indicator), Before = S(i.Before), After = S(i.After), Delta = S(i.Delta) }));
            w.Crossings.AddRange(u.Crossings.Map(x => new P.Crossing
            {
                Boundary = x.Boundary switch { Boundary.PassLine => P.Crossing.Types.Boundary.PassLine, Boundary.Class1 => P.Crossing.Types.Boundary.Class1 },
                Direction = x.Direction switch { Direction.Up => P.Crossing.Types.Direction.Up, Direction.Down => P.Crossing.Types.Direction.Down },
            }));
            return w;
        }));
        wire.Groups.AddRange(c.Groups.Map(g =>
        {
            var w = new P.GroupSummary { Group = EnumMapping.FromDomain(g.Group), CrossedUp = g.CrossedUp, CrossedDown = g.CrossedDown };
            w.Grades.AddRange(g.Grades.Map(x => new P.GradeCount { Grade = EnumMapping.FromDomain(x.Grade), Before = x.Before, After = x.After }));
            return w;
        }));
        return wire;
    }

    public static P.SweepPoint FromDomain(SweepPoint p, int decimals)
    {
        var wire = new P.SweepPoint { Index = p.Index, Value = DecimalParsing.Format(p.Value) };
        wire.Units.AddRange(p.Units.Map(u => new P.SweepUnit { UnitCode = u.Unit.Value, Total = DecimalParsing.Format(u.Total, decimals), Rank = u.Rank.IfNone(0), Grade = EnumMapping.FromDomain(u.Grade) }));
        wire.GradeCounts.AddRange(p.GradeCounts.Map(c => new P.SweepGradeCount { Group = EnumMapping.FromDomain(c.Group), Grade = EnumMapping.FromDomain(c.Grade), Count = c.Count }));
        return wire;
    }

    public static P.Margin FromDomain(Margin m, int decimals) => new()
    {
        Goal = m.Goal switch { Goal.PassLine => P.Goal.PassLine, Goal.Class1 => P.Goal.Class1 },
        Field = FromDomain(m.Field),
        Status = m.Status switch
        {
            MarginStatus.Met => P.MarginStatus.Met,
            MarginStatus.Reachable => P.MarginStatus.Reachable,
            MarginStatus.Unreachable => P.MarginStatus.Unreachable,
        },
        Current = DecimalParsing.Format(m.Current),
        Required = m.Required.Match(DecimalParsing.Format, ""),
        Change = m.Change.Match(DecimalParsing.Format, ""),
        ThresholdTotal = DecimalParsing.Format(m.ThresholdTotal, decimals),
        Reason = m.Reason,
    };

    public static P.UnitReach FromDomain(UnitReach r, int decimals)
    {
        var wire = new P.UnitReach
        {
            UnitCode = r.Unit.Value, Name = r.Name, Kind = EnumMapping.FromDomain(r.Kind),
            LowestTotal = DecimalParsing.Format(r.LowestTotal, decimals), HighestTotal = DecimalParsing.Format(r.HighestTotal, decimals),
        };
        wire.Indicators.AddRange(r.Indicators.Map(i => new P.IndicatorReach
        {
            Indicator = EnumMapping.FromDomain(i.Indicator),
            Floor = DecimalParsing.Format(i.Floor, decimals),
            Ceiling = DecimalParsing.Format(i.Ceiling, decimals),
        }));
        return wire;
    }
}
