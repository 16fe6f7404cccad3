using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
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
            // "kind" is the oneof's name, not a field: the problem is the override's own.
            P.Override.KindOneofCase.None => Valid.Fail<Override>("", "set one of parameter, policy, target or figure"),
        };
    }

    private static Validation<Problem, Override> Parameter(P.ParameterOverride p)
    {
        var r = new WireReader();
        var value = r.Dec(p.Value, "value");
        var path = RuleParameters.Find(p.Path).Match(
            Valid.Ok,
            () => Valid.Fail<RuleParameterDef>("path", Messages.NoParameter(WireReader.Shorten(p.Path))));
        return r.Finish(path.Map(x => (Override)new Override.Parameter(x, value)));
    }

    private static Validation<Problem, Override> Target(P.TargetOverride t)
    {
        var r = new WireReader();
        var value = r.Dec(t.Value, "value");
        Validation<Problem, TargetScope> scope = t.ScopeCase switch
        {
            P.TargetOverride.ScopeOneofCase.UnitCode => UnitCode.Create("unit_code", t.UnitCode).Map(c => (TargetScope)new TargetScope.OneUnit(c)),
            P.TargetOverride.ScopeOneofCase.Kind => EnumMapping.ToDomain(t.Kind, "kind").Map(k => (TargetScope)new TargetScope.OfKind(k)),
            P.TargetOverride.ScopeOneofCase.Group => EnumMapping.ToDomain(t.Group, "group").Map(g => (TargetScope)new TargetScope.OfGroup(g)),
            P.TargetOverride.ScopeOneofCase.None => Valid.Fail<TargetScope>("", "set one of unit_code, kind or group"),
        };
        return r.Finish((scope, EnumMapping.ToDomain(t.Field, "field")).Apply((s, f) => (Override)new Override.Target(s, f, value)));
    }

    private static Validation<Problem, Override> Figure(P.FigureOverride f)
    {
        var r = new WireReader();
        var value = r.Dec(f.Value, "value");
        return r.Finish((UnitCode.Create("unit_code", f.UnitCode), EnumMapping.ToDomain(f.Field, "field"))
            .Apply((u, field) => (Override)new Override.Figure(u, field, value)));
    }

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
                Boundary = EnumMapping.FromDomain(x.Boundary),
                Direction = EnumMapping.FromDomain(x.Direction),
            }));
            return w;
        }));
        wire.Groups.AddRange(c.Groups.Map(g =>
        {
            var w = new P.GroupSummary { Group = EnumMapping.FromDomain(g.Group), CrossedUp = g.CrossedUp, CrossedDown = g.CrossedDown };
            w.Grades.AddRange(g.Grades.Map(x => new P.GradeCount { Grade = EnumMapping.FromDomain(x.Grade), Before = x.Before, After = x.After }));
            return w;
        }));
        wire.TableIssues.AddRange(c.TableIssues.Map(TargetsMapping.FromDomain));
        return wire;
    }

    public static P.SweepPoint FromDomain(SweepPoint p, int decimals)
    {
        var wire = new P.SweepPoint { Index = p.Index, Value = DecimalParsing.Format(p.Value) };
        wire.Units.AddRange(p.Units.Map(u => new P.SweepUnit { UnitCode = u.Unit.Value, Total = DecimalParsing.Format(u.Total, decimals), Rank = u.Rank.IfNone(0), Grade = EnumMapping.FromDomain(u.Grade) }));
        wire.GradeCounts.AddRange(p.GradeCounts.Map(c => new P.SweepGradeCount { Group = EnumMapping.FromDomain(c.Group), Grade = EnumMapping.FromDomain(c.Grade), Count = c.Count }));
        return wire;
    }

    /// <summary>A margin on the wire; its reason in English (<see cref="MarginReasonWords"/>), which names a unit by the <paramref name="table"/>'s row.</summary>
    public static P.Margin FromDomain(Margin m, int decimals, TargetTable table) => new()
    {
        Goal = EnumMapping.FromDomain(m.Goal),
        Field = EnumMapping.FromDomain(m.Field),
        Status = EnumMapping.StatusOf(m),
        Current = DecimalParsing.Format(m.Current),
        Required = m.Required.Match(DecimalParsing.Format, ""),
        Change = m.Change.Match(DecimalParsing.Format, ""),
        ThresholdTotal = DecimalParsing.Format(m.ThresholdTotal, decimals),
        Reason = MarginReasonWords.For(m, table),
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
