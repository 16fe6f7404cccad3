using LanguageExt;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Rules;

/// <summary>The ten indicators of Attachment 1, numbered as the table numbers them (一 … 十).</summary>
public enum Indicator
{
    PovertyReduction = 1,
    TargetedAssistance = 2,
    VillageIncome = 3,
    HouseRenovation = 4,
    Leadership = 5,
    VillageAssistance = 6,
    SocialInvestment = 7,
    TotalInvestment = 8,
    OwnBudget = 9,
    WorkSystems = 10,
}

public static class Indicators
{
    /// <summary>All indicators in the table's order.</summary>
    public static readonly Seq<Indicator> All = toSeq(Enum.GetValues<Indicator>()).Strict();

    public static int Number(this Indicator indicator) => (int)indicator;
}

/// <summary>How "deduct D per S short" counts a partial step (PRODUCT.md, "Unit policy").</summary>
public enum UnitPolicy
{
    /// <summary>0.7 of a step deducts 0.7 × D.</summary>
    Proportional,
    /// <summary>Only complete steps count (floor).</summary>
    WholeUnits,
    /// <summary>Any started step counts (ceiling).</summary>
    StartedUnits,
}

/// <summary>"Deduct <see cref="Deduction"/> per <see cref="Step"/> short."</summary>
public sealed record StepRate(decimal Step, decimal Deduction)
{
    /// <summary>Steps counted for a shortfall under a policy. Step is positive (checked where rule sets are made).</summary>
    public decimal Steps(UnitPolicy policy, decimal shortfall)
    {
        // Most steps are 1 (a point, a household, a village, 1 万元): skipping the division changes nothing but time.
        var exact = Step == 1m ? shortfall : shortfall / Step;
        return policy switch
        {
            UnitPolicy.Proportional => exact,
            UnitPolicy.WholeUnits => decimal.Floor(exact),
            UnitPolicy.StartedUnits => decimal.Ceiling(exact),
        };
    }
}
