using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Targets;

/// <summary>
/// A column of Attachment 2 that a scenario may set, for one unit or a whole kind or group. The member's name is the
/// proto field's (ReductionRatePercent ↔ <c>reduction_rate_percent</c>); the contracts tests check it.
/// </summary>
public enum TargetField
{
    ReductionRatePercent,
    TotalInvestmentWan,
    OwnBudgetWan,
    SocialInvestmentWan,
    IncomeYuan,
    IncomeGrowthPercent,
    HousesToRenovate,
    PersonsToReach,
    HouseholdsToReach,
    PerVillageInvestmentWan,
}

public static class TargetFields
{
    public static readonly Seq<TargetField> All = toSeq(Enum.GetValues<TargetField>()).Strict();

    private static readonly string[] Names = All.Map(f => ProtoNames.SnakeCase(f.ToString())).ToArray();

    /// <summary>The proto field name of a target column.</summary>
    public static string Name(this TargetField field) => Names[(int)field];

    public static Option<TargetField> ByName(string name) => All.Find(f => f.Name() == name);

    /// <summary>The wire enum value's name (<c>TARGET_FIELD_INCOME_YUAN</c>), for messages that tell a caller what to send.</summary>
    public static string WireValue(this TargetField field) => "TARGET_FIELD_" + field.Name().ToUpperInvariant();

    /// <summary>Whether a unit's row gives this column; income, growth and per-village investment may be left empty.</summary>
    public static bool IsGiven(this TargetField field, UnitTargets unit) => field switch
    {
        TargetField.IncomeYuan => unit.Work.IncomeYuan.IsSome,
        TargetField.IncomeGrowthPercent => unit.Work.IncomeGrowthPercent.IsSome,
        TargetField.PerVillageInvestmentWan => unit.Work.PerVillageInvestmentWan.IsSome,
        TargetField.ReductionRatePercent or TargetField.TotalInvestmentWan or TargetField.OwnBudgetWan or TargetField.SocialInvestmentWan
            or TargetField.HousesToRenovate or TargetField.PersonsToReach or TargetField.HouseholdsToReach => true,
    };
}
