using static LanguageExt.Prelude;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

public static class HouseRenovationClause
{
    public static Clause Of(RuleSet rules)
    {
        var r = rules.HouseRenovation.HouseholdsShort;
        return new(Indicator.HouseRenovation,
            "完成农村贫困户的危房改造任务。(由建设局、扶贫办提供)",
            $"{HouseRenovationRule.HousesRenovated.Words(rules, RateKind.County)}。{HouseRenovationRule.HousesRenovated.Words(rules, RateKind.District)}。",
            $"Complete the renovation of rural poor households' dilapidated houses. Counties and cities: deduct {N(r.County.Deduction)} per {PerEn(r.County.Step, "household")} short; districts: deduct {N(r.District.Deduction)} per {PerEn(r.District.Step, "household")} short.",
            "The target is the unit's Attachment 2 households; county-level cities take the county rate.",
            Seq(Department.HousingAndConstructionBureau, Department.PovertyAlleviationOffice));
    }
}
