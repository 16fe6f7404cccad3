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

    /// <summary>What Attachment 2 calls the column.</summary>
    public static string Label(this TargetField field) => field switch
    {
        TargetField.ReductionRatePercent => "减贫率目标",
        TargetField.TotalInvestmentWan => "扶贫开发总投入",
        TargetField.OwnBudgetWan => "本级财政预算安排",
        TargetField.SocialInvestmentWan => "社会扶贫投入",
        TargetField.IncomeYuan => "贫困村人均可支配收入",
        TargetField.IncomeGrowthPercent => "人均可支配收入增长",
        TargetField.HousesToRenovate => "危房改造任务",
        TargetField.PersonsToReach => "精准扶贫到人任务",
        TargetField.HouseholdsToReach => "精准扶贫到户任务",
        TargetField.PerVillageInvestmentWan => "每个贫困村项目投入",
    };

    public static string Unit(this TargetField field) => field switch
    {
        TargetField.ReductionRatePercent or TargetField.IncomeGrowthPercent => "%",
        TargetField.TotalInvestmentWan or TargetField.OwnBudgetWan or TargetField.SocialInvestmentWan or TargetField.PerVillageInvestmentWan => "万元",
        TargetField.IncomeYuan => "元",
        TargetField.HousesToRenovate or TargetField.HouseholdsToReach => "户",
        TargetField.PersonsToReach => "人",
    };

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
