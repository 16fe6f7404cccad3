using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Rules;

/// <summary>
/// The checks a rule set passes before it is loaded (errors refuse it, warnings are listed): the standard scores sum to
/// the stated maximum; every rate and step is positive; the pass line lies in [0, maximum]; each Class 1 quota fits its
/// group in the target table; the tie-break order names each of the ten indicators once; score decimals 0–4. Each
/// problem stands at its parameter's path (<see cref="Step.Parameter"/>); a file reader adds the key's position.
/// </summary>
public static class RuleSetChecks
{
    public const int MaxScoreDecimals = 4;

    public static Seq<TableIssue> Check(RuleSet rules, decimal maximum, TargetTable table)
    {
        var issues = new List<TableIssue>();
        void Error(string path, Reason reason, params Arg[] args) => issues.Add(new(Severity.Error, Problem.Of(reason, args).Under(new Step.Parameter(path))));
        void Warn(string path, Reason reason, params Arg[] args) => issues.Add(new(Severity.Warning, Problem.Of(reason, args).Under(new Step.Parameter(path))));

        if (rules.MaxTotal != maximum)
            Error("maximum_total", RuleSetReasons.StandardsNotMaximum, rules.MaxTotal, maximum);
        foreach (var p in RuleParameters.All)
        {
            var value = p.Get(rules);
            var isRate = p.Kind == ParameterKind.Step || p.Path.EndsWith(".deduction", StringComparison.Ordinal);
            var isPenalty = p.Kind == ParameterKind.Points && p.Indicator.IsSome && !p.Path.EndsWith(".standard", StringComparison.Ordinal);
            if ((isRate || isPenalty) && value <= 0m)
                Error(p.Path, RuleSetReasons.RateNotPositive, value);
            else if (isPenalty && !isRate && p.Indicator.Map(i => value > rules.Standard(i)).IfNone(false))
                Warn(p.Path, RuleSetReasons.PenaltyOverStandard, value, p.Indicator.Map(rules.Standard).IfNone(0m));
        }
        if (rules.PassLine < 0m || rules.PassLine > maximum)
            Error(RuleParameters.PassLine.Path, RuleSetReasons.PassLineOutside, rules.PassLine, maximum);
        foreach (var (group, def) in Quotas)
        {
            var size = table.Units.Count(u => u.Kind.Group() == group);
            var quota = rules.Quotas.Class1(group);
            if (quota > size)
                Error(def.Path, RuleSetReasons.QuotaOverGroup, quota, new Arg.OfGroup(group), size);
            else if (quota == 0 && size > 0)
                Warn(def.Path, RuleSetReasons.QuotaZero, new Arg.OfGroup(group));
        }
        if (!IsPermutation(rules.TieBreakOrder))
            Error("tie_break_order", RuleSetReasons.TieBreakNotPermutation,
                new Arg.Code(string.Join(", ", rules.TieBreakOrder.Map(i => i.Key()))), new Arg.Code(string.Join(", ", Indicators.All.Map(i => i.Key()))));
        if (rules.ScoreDecimals is < 0 or > MaxScoreDecimals)
            Error("score_decimals", RuleSetReasons.DecimalsOutside, rules.ScoreDecimals);
        return issues.ToSeq().Strict();
    }

    public static readonly Seq<(AssessmentGroup Group, RuleParameterDef Def)> Quotas = Seq(
        (AssessmentGroup.CountiesAndCities, RuleParameters.CountiesAndCitiesClass1Quota),
        (AssessmentGroup.Districts, RuleParameters.DistrictsClass1Quota));

    public static bool IsPermutation(Seq<Indicator> order) =>
        order.Count == Indicators.All.Count && order.Distinct().Count() == Indicators.All.Count && order.ForAll(i => Indicators.All.Contains(i));
}
