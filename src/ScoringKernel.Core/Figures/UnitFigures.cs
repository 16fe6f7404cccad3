using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Figures;

/// <summary>
/// One unit's year-end figures for all ten indicators, and whether it used poverty funds in violation of
/// the rules (which keeps its score card but takes away its ranking: 取消年度考核排序资格). Every part is a
/// validated value, so a unit's figures are valid however they are put together.
/// </summary>
public sealed record UnitFigures(
    UnitCode Unit,
    PovertyReductionFigures PovertyReduction,
    TargetedAssistanceFigures TargetedAssistance,
    VillageIncomeFigures VillageIncome,
    HouseRenovationFigures HouseRenovation,
    LeadershipFigures Leadership,
    VillageAssistanceFigures VillageAssistance,
    SocialInvestmentFigures SocialInvestment,
    TotalInvestmentFigures TotalInvestment,
    OwnBudgetFigures OwnBudget,
    WorkSystemsFigures WorkSystems,
    bool FundsMisused)
{
    /// <summary>Combines each indicator's validated figures, collecting every problem (each already placed at its figure).</summary>
    public static Validation<Problem, UnitFigures> Create(
        Validation<Problem, UnitCode> unit,
        Validation<Problem, PovertyReductionFigures> povertyReduction,
        Validation<Problem, TargetedAssistanceFigures> targetedAssistance,
        Validation<Problem, VillageIncomeFigures> villageIncome,
        Validation<Problem, HouseRenovationFigures> houseRenovation,
        Validation<Problem, LeadershipFigures> leadership,
        Validation<Problem, VillageAssistanceFigures> villageAssistance,
        Validation<Problem, SocialInvestmentFigures> socialInvestment,
        Validation<Problem, TotalInvestmentFigures> totalInvestment,
        Validation<Problem, OwnBudgetFigures> ownBudget,
        Validation<Problem, WorkSystemsFigures> workSystems,
        bool fundsMisused) =>
        (unit,
         povertyReduction,
         targetedAssistance,
         villageIncome,
         houseRenovation,
         leadership,
         villageAssistance,
         socialInvestment,
         totalInvestment,
         ownBudget,
         workSystems)
        .Apply((u, a, b, c, d, e, f, g, h, i, j) => new UnitFigures(u, a, b, c, d, e, f, g, h, i, j, fundsMisused));
}
