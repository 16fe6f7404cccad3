using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using LanguageExt;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Attachment1;

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

    private static readonly string[] Digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private static readonly string[] Keys = All.Map(i => ProtoNames.SnakeCase(i.ToString())).ToArray();

    public static int Number(this Indicator indicator) => (int)indicator;

    /// <summary>The table's own number for the indicator: 一 … 十, 十一 ….</summary>
    public static string Numeral(this Indicator indicator)
    {
        var n = indicator.Number();
        return n < 10 ? Digits[n] : (n / 10 == 1 ? "" : Digits[n / 10]) + "十" + Digits[n % 10];
    }

    /// <summary>The clause an explanation cites: 附件1-一 … 附件1-十.</summary>
    public static string ClauseId(this Indicator indicator) => "附件1-" + indicator.Numeral();

    /// <summary>The indicator's proto field name (<c>village_assistance</c>): figures, rule parameters and paths all use it.</summary>
    public static string Key(this Indicator indicator) => Keys[indicator.Number() - 1];
}
