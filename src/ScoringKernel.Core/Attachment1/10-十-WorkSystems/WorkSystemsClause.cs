using static LanguageExt.Prelude;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

public static class WorkSystemsClause
{
    public static Clause Of(RuleSet rules)
    {
        var r = rules.WorkSystems;
        return new(Indicator.WorkSystems,
            $"扶贫工作制度实施情况,包括扶贫项目公示、项目招投标、扶贫资金管理、扶贫统计监测等制度落实在{N(r.TargetPercent)}%。(由县扶贫办提供)",
            $"{WorkSystemsRule.Implementation.Words(rules, RateKind.County)}。",
            $"The work systems (project publicity, project tendering, fund management, statistical monitoring) are {N(r.TargetPercent)} % implemented. Deduct {N(r.ImplementationShort.Deduction)} per {N(r.ImplementationShort.Step)} percentage points short.",
            "One implementation rate for the four systems together, as reported.",
            Seq1(Department.PovertyAlleviationOffice));
    }
}
