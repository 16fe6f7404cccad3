using LanguageExt;
using ScoringKernel.Words;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire.Mapping;

/// <summary>Scenarios, sweeps, margins and reach between the wire and the domain.</summary>
public static class ScenarioMapping
{
    private static readonly Step PolicyValue = new Step.Wire("policy.unit_policy");

    public static Validation<Problem, Scenario> ToDomain(P.Scenario s) =>
        (Valid.Text(new Step.Wire("name"), s.Name, 200),
         s.Overrides.Count > ScenarioApplication.MaxOverrides
             ? Valid.Fail<Seq<Override>>(Step.Overrides.Instance, new ScenarioReason.TooManyOverrides(s.Overrides.Count, ScenarioApplication.MaxOverrides))
             : Valid.Each(i => new Step.OverrideEntry(i), s.Overrides, ToDomain))
        .Apply((n, o) => new Scenario(n, o));

    public static Validation<Problem, Override> ToDomain(P.Override? o)
    {
        if (o is null) return Valid.Fail<Override>(Place.Whole, new ValueReason.Required());
        return o.KindCase switch
        {
            P.Override.KindOneofCase.Parameter => Parameter(o.Parameter),
            P.Override.KindOneofCase.Policy => EnumMapping.ToDomain(o.Policy.UnitPolicy, PolicyValue)
                .Bind(p => p.Match(v => Valid.Ok<Override>(new Override.Policy(v)), () => Valid.Fail<Override>(PolicyValue, new ValueReason.Required()))),
            P.Override.KindOneofCase.Target => Target(o.Target),
            P.Override.KindOneofCase.Figure => Figure(o.Figure),
            // "kind" is the oneof's name, not a field: the problem is the override's own.
            P.Override.KindOneofCase.None => Valid.Fail<Override>(Place.Whole, new WireReason.OneOfMissing("parameter, policy, target, figure")),
        };
    }

    private static Validation<Problem, Override> Parameter(P.ParameterOverride p)
    {
        var r = new WireReader();
        var value = r.Dec(p.Value, new Step.OverridePart(OverrideItem.ParameterValue));
        var path = RuleParameters.Find(p.Path).Match(
            Valid.Ok,
            () => Valid.Fail<RuleParameterDef>(SharedProblems.NoParameter(WireReader.Shorten(p.Path)).Under(new Step.OverridePart(OverrideItem.ParameterPath))));
        return r.Finish(path.Map(x => (Override)new Override.Parameter(x, value)));
    }

    private static Validation<Problem, Override> Target(P.TargetOverride t)
    {
        var r = new WireReader();
        var value = r.Dec(t.Value, new Step.OverridePart(OverrideItem.TargetValue));
        Validation<Problem, TargetScope> scope = t.ScopeCase switch
        {
            P.TargetOverride.ScopeOneofCase.UnitCode => UnitCode.Create(new Step.OverridePart(OverrideItem.TargetUnit), t.UnitCode).Map(c => (TargetScope)new TargetScope.OneUnit(c)),
            P.TargetOverride.ScopeOneofCase.Kind => EnumMapping.ToDomain(t.Kind, new Step.OverridePart(OverrideItem.TargetKind)).Map(k => (TargetScope)new TargetScope.OfKind(k)),
            P.TargetOverride.ScopeOneofCase.Group => EnumMapping.ToDomain(t.Group, new Step.OverridePart(OverrideItem.TargetGroup)).Map(g => (TargetScope)new TargetScope.OfGroup(g)),
            P.TargetOverride.ScopeOneofCase.None => Valid.Fail<TargetScope>(Place.Of(new Step.Wire("target")), new WireReason.OneOfMissing("unit_code, kind, group")),
        };
        return r.Finish((scope, EnumMapping.ToDomain(t.Field, new Step.Wire("target.field"))).Apply((s, f) => (Override)new Override.Target(s, f, value)));
    }

    private static Validation<Problem, Override> Figure(P.FigureOverride f)
    {
        var r = new WireReader();
        var value = r.Dec(f.Value, new Step.OverridePart(OverrideItem.FigureValue));
        return r.Finish((UnitCode.Create(new Step.OverridePart(OverrideItem.FigureUnit), f.UnitCode), EnumMapping.ToDomain(f.Field, new Step.Wire("figure.field")))
            .Apply((u, field) => (Override)new Override.Figure(u, field, value)));
    }

    public static P.ScenarioComparison FromDomain(ScenarioComparison c, int decimals, Language language)
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
        wire.TableIssues.AddRange(c.TableIssues.Map(i => TargetsMapping.FromDomain(i, language)));
        return wire;
    }

    public static P.SweepPoint FromDomain(SweepPoint p, int decimals)
    {
        var wire = new P.SweepPoint { Index = p.Index, Value = DecimalParsing.Format(p.Value) };
        wire.Units.AddRange(p.Units.Map(u => new P.SweepUnit { UnitCode = u.Unit.Value, Total = DecimalParsing.Format(u.Total, decimals), Rank = u.Rank.IfNone(0), Grade = EnumMapping.FromDomain(u.Grade) }));
        wire.GradeCounts.AddRange(p.GradeCounts.Map(c => new P.SweepGradeCount { Group = EnumMapping.FromDomain(c.Group), Grade = EnumMapping.FromDomain(c.Grade), Count = c.Count }));
        return wire;
    }

    /// <summary>A margin on the wire: its reason in English and in <paramref name="language"/> (<see cref="MarginWords"/>), a unit named by the <paramref name="table"/>'s row.</summary>
    public static P.Margin FromDomain(Margin m, int decimals, TargetTable table, Language language) => new()
    {
        Goal = EnumMapping.FromDomain(m.Goal),
        Field = EnumMapping.FromDomain(m.Field),
        Status = EnumMapping.StatusOf(m),
        Current = DecimalParsing.Format(m.Current),
        Required = m.Required.Match(DecimalParsing.Format, ""),
        Change = m.Change.Match(DecimalParsing.Format, ""),
        ThresholdTotal = DecimalParsing.Format(m.ThresholdTotal, decimals),
        Reason = MarginWords.For(m, table, Language.En),
        LocalizedReason = new Google.Rpc.LocalizedMessage { Locale = language.Tag(), Message = MarginWords.For(m, table, language) },
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

    /// <summary>A sweep request's range and template, every problem of both at once.</summary>
    public static Validation<Problem, SweepSpec> SweepSpec(P.SweepScenarioRequest request)
    {
        var r = new WireReader();
        var start = r.Dec(request.Start, new Step.SweepPart(SweepItem.Start));
        var stop = r.Dec(request.Stop, new Step.SweepPart(SweepItem.Stop));
        var step = r.Dec(request.Step, new Step.SweepPart(SweepItem.Step));
        return r.Finish(ScenarioMapping.ToDomain(request.Template).Under(new Step.SweepPart(SweepItem.Template)).Map(t => new SweepSpec(t, start, stop, step)));
    }
}
