using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Rules;

/// <summary>
/// The checks a rule set passes before it is loaded (errors refuse it, warnings are listed): the standard scores sum to
/// the stated maximum (warned when that is not 100); every rate and step is positive, a yes/no penalty 0 or more (0
/// drops it, warned); a standard of 0 drops its indicator (warned); the pass line lies in [0, maximum]; each Class 1 quota fits its
/// group in the target table; the tie-break order names each of the ten indicators once; score decimals 0–4. Each
/// problem stands at its parameter's path (<see cref="Step.Parameter"/>); a file reader adds the key's position.
/// </summary>
public static class RuleSetChecks
{
    public const int MaxScoreDecimals = 4;

    /// <summary>The regulation's full marks (满分 100): a rule set may state another maximum, and is warned.</summary>
    public const decimal RegulationMaximum = 100m;

    public static Seq<TableIssue> Check(RuleSet rules, decimal maximum, TargetTable table)
    {
        var issues = new List<TableIssue>();
        void Error(string path, Reason reason) => issues.Add(new(Severity.Error, Problem.Of(reason).Under(new Step.Parameter(path))));
        void Warn(string path, Reason reason) => issues.Add(new(Severity.Warning, Problem.Of(reason).Under(new Step.Parameter(path))));

        if (rules.MaxTotal != maximum)
            Error("maximum_total", new RuleSetReason.StandardsNotMaximum(rules.MaxTotal, maximum));
        else if (maximum != RegulationMaximum)
            Warn("maximum_total", new RuleSetReason.StandardsNotHundred(rules.MaxTotal));
        foreach (var i in Indicators.All.Filter(i => rules.Standard(i) == 0m))
            Warn($"{i.Key()}.standard", new RuleSetReason.IndicatorDropped(i.ClauseId()));
        foreach (var p in RuleParameters.All)
        {
            var value = p.Get(rules);
            var isRate = p.Kind == ParameterKind.Step || p.Path.EndsWith(".deduction", StringComparison.Ordinal);
            var isPenalty = !isRate && p.Kind == ParameterKind.Points && p.Indicator.IsSome && !p.Path.EndsWith(".standard", StringComparison.Ordinal);
            // A dropped indicator's numbers deduct from nothing: only a negative one is still an error.
            var dropped = p.Indicator.Map(i => rules.Standard(i) == 0m).IfNone(false);
            if (isRate && value <= 0m)
                Error(p.Path, new RuleSetReason.RateNotPositive(value));
            else if (isPenalty && value < 0m)
                Error(p.Path, new RuleSetReason.PenaltyNegative(value));
            else if (isPenalty && value == 0m && !dropped)
                Warn(p.Path, new RuleSetReason.PenaltyZero(p.Indicator.Map(i => i.ClauseId()).IfNone("")));
            else if (isPenalty && !dropped && p.Indicator.Map(i => value > rules.Standard(i)).IfNone(false))
                Warn(p.Path, new RuleSetReason.PenaltyOverStandard(value, p.Indicator.Map(rules.Standard).IfNone(0m)));
        }
        if (rules.PassLine < 0m || rules.PassLine > maximum)
            Error(RuleParameters.PassLine.Path, new RuleSetReason.PassLineOutside(rules.PassLine, maximum));
        foreach (var (group, def) in Quotas)
        {
            var size = table.Units.Count(u => u.Kind.Group() == group);
            var quota = rules.Quotas.Class1(group);
            if (quota > size)
                Error(def.Path, new RuleSetReason.QuotaOverGroup(quota, group, size));
            else if (quota == 0 && size > 0)
                Warn(def.Path, new RuleSetReason.QuotaZero(group));
        }
        if (!IsPermutation(rules.TieBreakOrder))
            Error("tie_break_order", new RuleSetReason.TieBreakNotPermutation(string.Join(", ", rules.TieBreakOrder.Map(i => i.Key())), string.Join(", ", Indicators.All.Map(i => i.Key()))));
        if (rules.ScoreDecimals is < 0 or > MaxScoreDecimals)
            Error("score_decimals", new RuleSetReason.DecimalsOutside(rules.ScoreDecimals));
        return issues.ToSeq().Strict();
    }

    public static readonly Seq<(AssessmentGroup Group, RuleParameterDef Def)> Quotas = Seq(
        (AssessmentGroup.CountiesAndCities, RuleParameters.CountiesAndCitiesClass1Quota),
        (AssessmentGroup.Districts, RuleParameters.DistrictsClass1Quota));

    public static bool IsPermutation(Seq<Indicator> order) =>
        order.Count == Indicators.All.Count && order.Distinct().Count() == Indicators.All.Count && order.ForAll(i => Indicators.All.Contains(i));
}
