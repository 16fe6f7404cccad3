using static LanguageExt.Prelude;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

public static class TargetedAssistanceClause
{
    public static Clause Of(RuleSet rules)
    {
        var r = rules.TargetedAssistance;
        return new(Indicator.TargetedAssistance,
            $"精准扶贫到人、精准扶贫到户完成任务{N(r.CompletionTargetPercent)}%。(由统计局、扶贫办提供)",
            $"{TargetedAssistanceRule.Completion.Words(rules, RateKind.County)}。",
            $"Targeted assistance reaches {N(r.CompletionTargetPercent)} % of the persons and households assigned. Deduct {N(r.CompletionShort.Deduction)} per {PerEn(r.CompletionShort.Step, "percentage point")} of completion short.",
            "Completion is the lower of the persons rate and the households rate against Attachment 2, capped at 100; a target of zero counts as fully met.",
            Seq(Department.StatisticsBureau, Department.PovertyAlleviationOffice));
    }
}
