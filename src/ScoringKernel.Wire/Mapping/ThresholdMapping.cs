using LanguageExt;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scenarios.Thresholds;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire.Mapping;

/// <summary>GetThresholds on the wire: the question in, the answer out (decimals as canonical strings).</summary>
public static class ThresholdMapping
{
    public static Validation<Problem, ThresholdQuestion> ToDomain(P.GetThresholdsRequest request)
    {
        var r = new WireReader();
        var from = r.OptDec(request.From, new Step.ThresholdPart(ThresholdItem.From));
        var to = r.OptDec(request.To, new Step.ThresholdPart(ThresholdItem.To));
        var template = ScenarioMapping.ToDomain(WithoutValue(request.Template)).Under(new Step.ThresholdPart(ThresholdItem.Template));
        return r.Finish((template, Condition(request.Condition)).Apply((t, c) => new ThresholdQuestion(t, c, from, to)));
    }

    /// <summary>The template's value is ignored: an empty one is read as 0 rather than refused.</summary>
    private static P.Override? WithoutValue(P.Override? o)
    {
        if (o is null) return null;
        var copy = o.Clone();
        switch (copy.KindCase)
        {
            case P.Override.KindOneofCase.Parameter when copy.Parameter.Value.Length == 0: copy.Parameter.Value = "0"; break;
            case P.Override.KindOneofCase.Target when copy.Target.Value.Length == 0: copy.Target.Value = "0"; break;
            case P.Override.KindOneofCase.Figure when copy.Figure.Value.Length == 0: copy.Figure.Value = "0"; break;
        }
        return copy;
    }

    private static Validation<Problem, ThresholdCondition> Condition(P.ThresholdCondition? c)
    {
        var at = new Step.ThresholdPart(ThresholdItem.Condition);
        if (c is null) return Valid.Fail<ThresholdCondition>(at, new ValueReason.Required());
        var group = c.Group == P.AssessmentGroup.Unspecified
            ? Valid.Ok(Option<AssessmentGroup>.None)
            : EnumMapping.ToDomain(c.Group, new Step.Wire("condition.group")).Map(Some);
        Validation<Problem, UnitCode> Unit() => UnitCode.Create(new Step.ThresholdPart(ThresholdItem.ConditionUnit), c.UnitCode);
        return c.Kind switch
        {
            P.ThresholdCondition.Types.Kind.NoneBelowPassLine => group.Map(g => (ThresholdCondition)new ThresholdCondition.NoneBelowPassLine(g)),
            P.ThresholdCondition.Types.Kind.UnitQualified => Unit().Map(u => (ThresholdCondition)new ThresholdCondition.UnitQualified(u)),
            P.ThresholdCondition.Types.Kind.UnitClass1 => Unit().Map(u => (ThresholdCondition)new ThresholdCondition.UnitInClass1(u)),
            P.ThresholdCondition.Types.Kind.UnitKeepsRank => Unit().Map(u => (ThresholdCondition)new ThresholdCondition.UnitKeepsRank(u)),
            P.ThresholdCondition.Types.Kind.AtLeastQualified => group.Map(g => (ThresholdCondition)new ThresholdCondition.AtLeastQualified(c.Count, g)),
            P.ThresholdCondition.Types.Kind.NoGradeChange => Valid.Ok<ThresholdCondition>(ThresholdCondition.NoGradeChange.Instance),
            _ => Valid.Fail<ThresholdCondition>(new Step.Wire("condition.kind"), new ValueReason.RequiredChoice("KIND_NONE_BELOW_PASS_LINE, KIND_UNIT_QUALIFIED, KIND_UNIT_CLASS_1, KIND_UNIT_KEEPS_RANK, KIND_AT_LEAST_QUALIFIED, KIND_NO_GRADE_CHANGE")),
        };
    }

    public static P.GetThresholdsResponse FromDomain(ThresholdAnswer a, ThresholdQuestion q, int decimals, TargetTable table, Language language)
    {
        var names = UnitNames.Of(table);
        string S(decimal d) => DecimalParsing.Format(d);
        string Score(decimal d) => DecimalParsing.Format(d, decimals);
        P.ThresholdEnd End(ThresholdEnd e)
        {
            var wire = new P.ThresholdEnd
            {
                Value = S(e.Value),
                Beyond = e.Beyond.Match(S, ""),
                Description = ThresholdWords.End(e, q.Template, names, Language.En),
                LocalizedDescription = new Google.Rpc.LocalizedMessage { Locale = language.Tag(), Message = ThresholdWords.End(e, q.Template, names, language) },
            };
            wire.Changes.AddRange(e.Changes.Map(c =>
            {
                var change = new P.ThresholdChange
                {
                    UnitCode = c.Unit.Value, Name = names.Name(c.Unit),
                    TotalBefore = Score(c.TotalBefore), TotalAfter = Score(c.TotalAfter),
                    GradeBefore = EnumMapping.FromDomain(c.GradeBefore), GradeAfter = EnumMapping.FromDomain(c.GradeAfter),
                    RankBefore = c.RankBefore.IfNone(0), RankAfter = c.RankAfter.IfNone(0),
                };
                change.Scores.AddRange(c.Scores.Map(s => new P.ThresholdScoreStep { Indicator = EnumMapping.FromDomain(s.Indicator), Before = Score(s.Before), After = Score(s.After) }));
                return change;
            }));
            return wire;
        }
        var response = new P.GetThresholdsResponse
        {
            From = S(a.Domain.From), To = S(a.Domain.To), Grid = S(a.Domain.Grid),
            BaseValue = a.BaseValue.Match(S, ""), HoldsAtBase = a.HoldsAtBase,
            Breakpoints = a.Breakpoints, Evaluations = a.Evaluations,
            Summary = ThresholdWords.Summary(a, q.Template, q.Condition, names, Language.En),
            LocalizedSummary = new Google.Rpc.LocalizedMessage { Locale = language.Tag(), Message = ThresholdWords.Summary(a, q.Template, q.Condition, names, language) },
        };
        response.Intervals.AddRange(a.Intervals.Map(i => new P.ThresholdInterval { Low = End(i.Low), High = End(i.High) }));
        return response;
    }
}
