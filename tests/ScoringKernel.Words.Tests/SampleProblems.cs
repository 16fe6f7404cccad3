using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Words.Tests;

/// <summary>
/// One problem per reason, with the arguments its raisers give it, at a place of the kind it is raised at. A reason
/// declared without a sample here fails <see cref="ReasonWordsTests"/>: whoever adds a reason adds its words and its sample.
/// </summary>
public static class SampleProblems
{
    private static readonly UnitCode Changning = UnitCode.Known("430482");
    private static readonly UnitCode Yanfeng = UnitCode.Known("430406");
    private static readonly Source YearEnd = new Source.FromFinding(CheckKind.YearEnd, new DateOnly(2015, 12, 18), "入户核查");
    private static readonly Source Finance = new Source.FromDepartment(Department.FinanceBureau);

    private static Problem P(Reason reason, Place at) => new(reason, at);

    private static readonly Place Figure = Place.Of(new Step.UnitEntry(11, Changning), new Step.FigureOf(FigureField.OwnBudgetWan));
    private static readonly Place Row = Place.Of(new Step.TargetRowEntry(3, Yanfeng), new Step.TargetColumnOf(TargetColumn.ReductionCount));
    private static readonly Place Override = Place.Of(new Step.ScenarioEntry(0), new Step.OverrideEntry(2), new Step.OverridePart(OverrideItem.TargetValue));
    private static readonly Place Finding = Place.Of(new Step.Submission(11, Changning), new Step.FindingEntry(1), new Step.ClaimPart(ClaimItem.Value));

    public static readonly Seq<Problem> All = Seq(
        P(new ValueReason.Negative(-5m), Figure),
        P(new ValueReason.TooLarge(20_000_000_000_000m, 10_000_000_000_000m), Figure),
        P(new ValueReason.OutOfRange(120m, 0m, 100m), Place.Of(new Step.UnitEntry(2, Changning), new Step.FigureOf(FigureField.ImplementationPercent))),
        P(new ValueReason.NotPositive(0m), Place.Of(new Step.SweepPart(SweepItem.Step))),
        P(new ValueReason.TooPrecise(1.1234567m, 6), Figure),
        P(new ValueReason.NotWhole(3.5m), Override),
        P(new ValueReason.NotYesNo(2m), Finding),
        P(new ValueReason.Required(), Figure),
        P(new ValueReason.RequiredYesNo(), Place.Of(new Step.UnitEntry(0, Changning), new Step.FigureOf(FigureField.SpecialStudy))),
        P(new ValueReason.NotAnInteger("five"), Place.Of(new Step.FileLine(3), new Step.TargetColumnOf(TargetColumn.BaselinePopulation))),
        P(new ValueReason.NotADecimal("abc"), Figure),
        P(new ValueReason.TextEmpty(), Place.Of(new Step.UnitEntry(0, Changning), new Step.Village(3, null), new Step.VillagePart(VillageItem.Name))),
        P(new ValueReason.TextTooLong(600, 500), Place.Of(new Step.Submission(0, Changning), new Step.FindingEntry(0), new Step.ClaimPart(ClaimItem.Note))),
        P(new ValueReason.UnitCodeMalformed("4304X7"), Place.Of(new Step.UnitEntry(4, null), Step.UnitCodeOf.Instance)),
        P(new ValueReason.UnknownChoice("99", "UNIT_POLICY_PROPORTIONAL, UNIT_POLICY_WHOLE_UNITS"), Place.Of(Step.Policy.Instance)),
        P(new ValueReason.RequiredChoice("ROW_KIND_TOTAL, ROW_KIND_COUNTY"), Place.Of(new Step.TargetRowEntry(0, null), new Step.TargetColumnOf(TargetColumn.Kind))),

        P(new UnitReason.NotInTable(UnitCode.Known("430499")), Place.Of(new Step.UnitEntry(0, UnitCode.Known("430499")), Step.UnitCodeOf.Instance)),
        P(new UnitReason.NotScored(UnitCode.Known("430400")), Place.Of(new Step.UnitEntry(0, UnitCode.Known("430400")), Step.UnitCodeOf.Instance)),
        P(new UnitReason.GivenTwice(Changning), Place.Of(new Step.UnitEntry(12, Changning), Step.UnitCodeOf.Instance)),
        P(new UnitReason.NoFigures(Changning), Place.Of(Step.Units.Instance)),
        P(new UnitReason.MoreVillagesThanTable(60, Changning, 55), Place.Of(new Step.UnitEntry(11, Changning), Step.Villages.Instance)),
        P(new UnitReason.TooManyVillages(6000, 5000), Place.Of(new Step.UnitEntry(11, Changning), Step.Villages.Instance)),
        P(new UnitReason.VillageListedTwice("石塘村"), Place.Of(new Step.UnitEntry(11, Changning), new Step.Village(4, "石塘村"), new Step.VillagePart(VillageItem.Name))),
        P(new UnitReason.VillageNotListed(Changning, "无此村"), Finding),
        P(new UnitReason.TooManyUnits(20_001, 20_000), Place.Of(Step.Units.Instance)),

        P(new EvaluationReason.SourcesDisagree(new FigureRef.OfUnit(FigureField.HouseholdsRenovated), YearEnd, 46m, YearEnd, 44m, Place.Of(new Step.FindingEntry(0))), Finding),
        P(new EvaluationReason.DepartmentNotProvider(Department.StatisticsBureau, new FigureRef.OfUnit(FigureField.HouseholdsRenovated), Seq(Department.HousingAndConstructionBureau, Department.PovertyAlleviationOffice)), Place.Of(new Step.Submission(11, Changning), new Step.DepartmentEntry(0, Department.StatisticsBureau), new Step.GivenFigure(0))),
        P(new EvaluationReason.MisusedYetCompliant(Changning), Place.Of(new Step.UnitEntry(11, Changning), new Step.FigureOf(FigureField.OtherFundsCompliant))),
        P(new EvaluationReason.DeliveredAbovePledged(Changning, 520m, 500m), Place.Of(new Step.UnitEntry(11, Changning), new Step.FigureOf(FigureField.FundsDeliveredWan))),
        P(new EvaluationReason.TooManySubmissions(20_001, 20_000), Place.Of(Step.Submissions.Instance)),

        P(new TargetReason.TooManyRows(20_001, 20_000), Place.Of(Step.TargetRows.Instance)),
        P(new TargetReason.RowRepeated(Yanfeng), Place.Of(new Step.TargetRowEntry(15, Yanfeng), new Step.TargetColumnOf(TargetColumn.Code))),
        P(new TargetReason.SeveralTotalRows(), Place.Of(Step.TargetRows.Instance)),
        P(new TargetReason.NoScoredUnit(), Place.Of(Step.TargetRows.Instance)),
        P(new TargetReason.ZoneWithWork(), Place.Of(new Step.TargetRowEntry(13, null), new Step.TargetColumnOf(TargetColumn.Kind))),
        P(new TargetReason.WorkColumnsMissing("district"), Place.Of(new Step.TargetRowEntry(2, Yanfeng), new Step.TargetColumnOf(TargetColumn.TotalInvestmentWan))),
        P(new TargetReason.ZoneNeedsZoneCode(), Place.Of(new Step.TargetRowEntry(13, null), new Step.TargetColumnOf(TargetColumn.Code))),
        P(new TargetReason.RowNeedsDivisionCode(), Place.Of(new Step.TargetRowEntry(2, null), new Step.TargetColumnOf(TargetColumn.Code))),
        P(new TargetReason.YearEndNotBaselineLessReduction(Yanfeng, 1640, 1963, 325, 1638), Row),
        P(new TargetReason.ReductionCountDiffers(Yanfeng, 325, 1963, 16.5m, 323.895m, 1.105m), Row),
        P(new TargetReason.TotalNotSum(UnitCode.Known("430400"), TargetColumn.BaselinePopulation, 399014, 399013), Place.Of(new Step.TargetRowEntry(0, UnitCode.Known("430400")), new Step.TargetColumnOf(TargetColumn.BaselinePopulation))),
        P(new TargetReason.CsvEmpty(), Place.Whole),
        P(new TargetReason.CsvHeader("code,name,kind", "code,name"), Place.Of(new Step.FileLine(1))),
        P(new TargetReason.CsvCellCount(18, 3), Place.Of(new Step.FileLine(4))),

        P(new ScenarioReason.TooManyOverrides(1001, 1000), Place.Of(new Step.ScenarioEntry(0), Step.Overrides.Instance)),
        P(new ScenarioReason.UnknownParameter("pass_lne"), Place.Of(new Step.OverrideEntry(0), new Step.OverridePart(OverrideItem.ParameterPath))),
        P(new ScenarioReason.ParameterGovernedByTable("village_assistance.per_village_investment_target_wan", TargetField.PerVillageInvestmentWan), Place.Of(new Step.OverrideEntry(0), new Step.OverridePart(OverrideItem.ParameterPath))),
        P(new ScenarioReason.NoUnitOfKind(UnitKind.District), Place.Of(new Step.OverrideEntry(0), new Step.OverridePart(OverrideItem.TargetKind))),
        P(new ScenarioReason.NoUnitInGroup(AssessmentGroup.Districts), Place.Of(new Step.OverrideEntry(0), new Step.OverridePart(OverrideItem.TargetGroup))),
        P(new ScenarioReason.SweepPolicy(), Place.Of(new Step.SweepPart(SweepItem.Template))),
        P(new ScenarioReason.SweepStopBelowStart(90m, 70m), Place.Of(new Step.SweepPart(SweepItem.Stop))),
        P(new ScenarioReason.SweepTooManyPoints(20_001, 10_000), Place.Of(new Step.SweepPart(SweepItem.Step))),
        P(new ScenarioReason.TooManyScenarios(101, 100), Place.Of(Step.Scenarios.Instance)),

        P(new WireReason.OneOfMissing("parameter, policy, target, figure"), Place.Of(new Step.OverrideEntry(0))),
        P(new WireReason.NotADate("2015/12/20"), Place.Of(new Step.Submission(0, Changning), new Step.FindingEntry(0), new Step.ClaimPart(ClaimItem.Date))),
        P(new WireReason.TooManyDepartments(21, 20), Place.Of(new Step.Submission(0, Changning))),
        P(new WireReason.TooManyFindings(2001, 2000), Place.Of(new Step.Submission(0, Changning))),
        P(new WireReason.TooManyFigures(2001, 2000), Place.Of(new Step.Submission(0, Changning), new Step.DepartmentEntry(0, Department.FinanceBureau))),
        P(new WireReason.SelfEvaluationRequired(), Place.Of(new Step.Submission(0, null), Step.SelfEvaluation.Instance)),
        P(new WireReason.AssessmentRequired(), Place.Of(Step.AssessmentRequest.Instance)),
        P(new WireReason.RuleSetUnknown("hengyang-2016", "hengyang-2015"), Place.Of(Step.RuleSetId.Instance)),
        P(new WireReason.BodyTooLarge(16777216), Place.Whole),
        P(new WireReason.MessageTooLarge("5242880", 4259840), Place.Whole),
        P(new WireReason.ClientNotAllowed("CN=stranger"), Place.Whole),
        P(new WireReason.EndpointNotListed("GET /v1/somethingNew"), Place.Whole),
        P(new WireReason.RequestUnreadable("431 Request Header Fields Too Large"), Place.Whole));
}
