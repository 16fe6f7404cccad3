using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Support;

/// <summary>Builds figures through the smart constructors, so tests only ever hold values the domain accepts.</summary>
public static class FigureBuilder
{
    public static T Accept<T>(this Validation<Problem, T> validation) =>
        validation.Match(v => v, ps => throw new InvalidOperationException("rejected: " + string.Join("; ", ps)));

    public static Seq<VillageFigures> Villages(int count, bool team, decimal investmentWan) =>
        toSeq(Enumerable.Range(1, count).Select(i => VillageFigures.Create($"村{i:000}", team, investmentWan).Accept())).Strict();

    /// <summary>Figures that meet every target of the row exactly: a full score.</summary>
    public static UnitFigures Meeting(UnitTargets t) => Build(
        t.Code,
        personsLifted: (int)decimal.Ceiling(t.Population.BaselinePopulation * t.Population.ReductionRatePercent / 100m),
        dynamicManagement: true,
        personsReached: t.Work.PersonsToReach,
        householdsReached: t.Work.HouseholdsToReach,
        incomeYuan: t.Work.IncomeYuan.IfNone(3650m),
        growthPercent: t.Work.IncomeGrowthPercent.IfNone(16m),
        housesRenovated: t.Work.HousesToRenovate,
        specialStudy: true, topLeader: true, plan: true,
        villages: Villages(t.Work.PoorVillages, true, t.Work.PerVillageInvestmentWan.IfNone(30m)),
        fundsPledgedWan: 100m, fundsDeliveredWan: 100m,
        socialWan: t.Work.SocialInvestmentWan, povertyDay: true,
        totalWan: t.Work.TotalInvestmentWan,
        ownBudgetWan: t.Work.OwnBudgetWan, otherFundsCompliant: true,
        systemsPercent: 100m,
        fundsMisused: false);

    public static UnitFigures Build(
        UnitCode unit, int personsLifted, bool dynamicManagement, int personsReached, int householdsReached,
        decimal incomeYuan, decimal growthPercent, int housesRenovated, bool specialStudy, bool topLeader, bool plan,
        Seq<VillageFigures> villages, decimal fundsPledgedWan, decimal fundsDeliveredWan, decimal socialWan, bool povertyDay,
        decimal totalWan, decimal ownBudgetWan, bool otherFundsCompliant, decimal systemsPercent, bool fundsMisused) =>
        Validated(unit, personsLifted, dynamicManagement, personsReached, householdsReached, incomeYuan, growthPercent, housesRenovated,
            specialStudy, topLeader, plan, villages, fundsPledgedWan, fundsDeliveredWan, socialWan, povertyDay, totalWan, ownBudgetWan,
            otherFundsCompliant, systemsPercent, fundsMisused).Accept();

    /// <summary>The same, as the smart constructors answer it: the generators keep only the figures they accept.</summary>
    public static Validation<Problem, UnitFigures> Validated(
        UnitCode unit, int personsLifted, bool dynamicManagement, int personsReached, int householdsReached,
        decimal incomeYuan, decimal growthPercent, int housesRenovated, bool specialStudy, bool topLeader, bool plan,
        Seq<VillageFigures> villages, decimal fundsPledgedWan, decimal fundsDeliveredWan, decimal socialWan, bool povertyDay,
        decimal totalWan, decimal ownBudgetWan, bool otherFundsCompliant, decimal systemsPercent, bool fundsMisused) =>
        UnitFigures.Create(
            Valid.Ok(unit),
            PovertyReductionFigures.Create(personsLifted, dynamicManagement),
            TargetedAssistanceFigures.Create(personsReached, householdsReached),
            VillageIncomeFigures.Create(incomeYuan, growthPercent),
            HouseRenovationFigures.Create(housesRenovated),
            Valid.Ok(new LeadershipFigures(specialStudy, topLeader, plan)),
            VillageAssistanceFigures.Create(villages, fundsPledgedWan, fundsDeliveredWan),
            SocialInvestmentFigures.Create(socialWan, povertyDay),
            TotalInvestmentFigures.Create(totalWan),
            OwnBudgetFigures.Create(ownBudgetWan, otherFundsCompliant),
            WorkSystemsFigures.Create(systemsPercent),
            fundsMisused);
}
