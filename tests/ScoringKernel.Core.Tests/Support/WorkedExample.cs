using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Support;

/// <summary>the worked example of specs/docs/readings.md: 衡山县 (430423), a county, with the figures the brief gives.</summary>
public static class WorkedExample
{
    public static readonly UnitCode Hengshan = UnitCode.Known("430423");

    public static UnitTargets Targets => EmbeddedTargets.Table2015.Find(Hengshan).IfNone(() => throw new InvalidOperationException("430423 missing"));

    public static UnitFigures Figures => FigureBuilder.Build(
        Hengshan,
        personsLifted: 3700, dynamicManagement: true,
        personsReached: 7600, householdsReached: 780,
        incomeYuan: 3580m, growthPercent: 15.2m,
        housesRenovated: 24,
        specialStudy: true, topLeader: true, plan: false,
        villages: FigureBuilder.Villages(24, true, 30m)
            .Add(VillageFigures.Create("村025", true, 24m).Accept())
            .Add(VillageFigures.Create("村026", false, 27m).Accept()),
        fundsPledgedWan: 500m, fundsDeliveredWan: 494m,
        socialWan: 130m, povertyDay: true,
        totalWan: 650m,
        ownBudgetWan: 95m, otherFundsCompliant: true,
        systemsPercent: 92m,
        fundsMisused: false);
}
