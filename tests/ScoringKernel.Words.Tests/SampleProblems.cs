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

    private static Problem P(Reason reason, Place at, params Arg[] args) => new(reason, at, toSeq(args).Strict());

    private static readonly Place Figure = Place.Of(new Step.UnitEntry(11, Changning), new Step.FigureOf(FigureField.OwnBudgetWan));
    private static readonly Place Row = Place.Of(new Step.TargetRowEntry(3, Yanfeng), new Step.TargetColumnOf(TargetColumn.ReductionCount));
    private static readonly Place Override = Place.Of(new Step.ScenarioEntry(0), new Step.OverrideEntry(2), new Step.OverridePart(OverrideItem.TargetValue));
    private static readonly Place Finding = Place.Of(new Step.Submission(11, Changning), new Step.FindingEntry(1), new Step.ClaimPart(ClaimItem.Value));

    public static readonly Seq<Problem> All = Seq(
        P(ValueReasons.Negative, Figure, -5m),
        P(ValueReasons.TooLarge, Figure, 20_000_000_000_000m, 10_000_000_000_000m),
        P(ValueReasons.OutOfRange, Place.Of(new Step.UnitEntry(2, Changning), new Step.FigureOf(FigureField.ImplementationPercent)), 120m, 0m, 100m),
        P(ValueReasons.NotPositive, Place.Of(new Step.SweepPart(SweepItem.Step)), 0m),
        P(ValueReasons.TooPrecise, Figure, 1.1234567m, 6),
        P(ValueReasons.NotWhole, Override, 3.5m),
        P(ValueReasons.NotYesNo, Finding, 2m),
        P(ValueReasons.Required, Figure),
        P(ValueReasons.RequiredYesNo, Place.Of(new Step.UnitEntry(0, Changning), new Step.FigureOf(FigureField.SpecialStudy))),
        P(ValueReasons.NotAnInteger, Place.Of(new Step.FileLine(3), new Step.TargetColumnOf(TargetColumn.BaselinePopulation)), new Arg.Typed("five")),
        P(ValueReasons.NotADecimal, Figure, new Arg.Typed("abc")),
        P(ValueReasons.TextEmpty, Place.Of(new Step.UnitEntry(0, Changning), new Step.Village(3, null), new Step.VillagePart(VillageItem.Name))),
        P(ValueReasons.TextTooLong, Place.Of(new Step.Submission(0, Changning), new Step.FindingEntry(0), new Step.ClaimPart(ClaimItem.Note)), 600, 500),
        P(ValueReasons.UnitCodeMalformed, Place.Of(new Step.UnitEntry(4, null), Step.UnitCodeOf.Instance), new Arg.Typed("4304X7")),
        P(ValueReasons.UnknownChoice, Place.Of(Step.Policy.Instance), new Arg.Typed("99"), new Arg.Code("UNIT_POLICY_PROPORTIONAL, UNIT_POLICY_WHOLE_UNITS")),
        P(ValueReasons.RequiredChoice, Place.Of(new Step.TargetRowEntry(0, null), new Step.TargetColumnOf(TargetColumn.Kind)), new Arg.Code("ROW_KIND_TOTAL, ROW_KIND_COUNTY")),

        P(UnitReasons.NotInTable, Place.Of(new Step.UnitEntry(0, UnitCode.Known("430499")), Step.UnitCodeOf.Instance), UnitCode.Known("430499")),
        P(UnitReasons.NotScored, Place.Of(new Step.UnitEntry(0, UnitCode.Known("430400")), Step.UnitCodeOf.Instance), UnitCode.Known("430400")),
        P(UnitReasons.GivenTwice, Place.Of(new Step.UnitEntry(12, Changning), Step.UnitCodeOf.Instance), Changning),
        P(UnitReasons.NoFigures, Place.Of(Step.Units.Instance), Changning),
        P(UnitReasons.MoreVillagesThanTable, Place.Of(new Step.UnitEntry(11, Changning), Step.Villages.Instance), 60, Changning, 55),
        P(UnitReasons.TooManyVillages, Place.Of(new Step.UnitEntry(11, Changning), Step.Villages.Instance), 6000, 5000),
        P(UnitReasons.VillageListedTwice, Place.Of(new Step.UnitEntry(11, Changning), new Step.Village(4, "石塘村"), new Step.VillagePart(VillageItem.Name)), new Arg.Typed("石塘村")),
        P(UnitReasons.VillageNotListed, Finding, Changning, new Arg.Typed("无此村")),
        P(UnitReasons.TooManyUnits, Place.Of(Step.Units.Instance), 20_001, 20_000),

        P(EvaluationReasons.SourcesDisagree, Finding, new Arg.OfFigureRef(new FigureRef.OfUnit(FigureField.HouseholdsRenovated)), new Arg.OfSource(YearEnd), 46m,
            new Arg.OfSource(YearEnd), 44m, new Arg.OfPlace(Place.Of(new Step.FindingEntry(0)))),
        P(EvaluationReasons.DepartmentNotProvider, Place.Of(new Step.Submission(11, Changning), new Step.DepartmentEntry(0, Department.StatisticsBureau), new Step.GivenFigure(0)),
            Department.StatisticsBureau, new Arg.OfFigureRef(new FigureRef.OfUnit(FigureField.HouseholdsRenovated)), new Arg.Departments(Seq(Department.HousingAndConstructionBureau, Department.PovertyAlleviationOffice))),
        P(EvaluationReasons.MisusedYetCompliant, Place.Of(new Step.UnitEntry(11, Changning), new Step.FigureOf(FigureField.OtherFundsCompliant)), Changning),
        P(EvaluationReasons.DeliveredAbovePledged, Place.Of(new Step.UnitEntry(11, Changning), new Step.FigureOf(FigureField.FundsDeliveredWan)), Changning, 520m, 500m),
        P(EvaluationReasons.TooManySubmissions, Place.Of(Step.Submissions.Instance), 20_001, 20_000),

        P(TargetReasons.TooManyRows, Place.Of(Step.TargetRows.Instance), 20_001, 20_000),
        P(TargetReasons.RowRepeated, Place.Of(new Step.TargetRowEntry(15, Yanfeng), new Step.TargetColumnOf(TargetColumn.Code)), Yanfeng),
        P(TargetReasons.SeveralTotalRows, Place.Of(Step.TargetRows.Instance)),
        P(TargetReasons.NoScoredUnit, Place.Of(Step.TargetRows.Instance)),
        P(TargetReasons.ZoneWithWork, Place.Of(new Step.TargetRowEntry(13, null), new Step.TargetColumnOf(TargetColumn.Kind))),
        P(TargetReasons.WorkColumnsMissing, Place.Of(new Step.TargetRowEntry(2, Yanfeng), new Step.TargetColumnOf(TargetColumn.TotalInvestmentWan)), new Arg.Code("district")),
        P(TargetReasons.ZoneNeedsZoneCode, Place.Of(new Step.TargetRowEntry(13, null), new Step.TargetColumnOf(TargetColumn.Code))),
        P(TargetReasons.RowNeedsDivisionCode, Place.Of(new Step.TargetRowEntry(2, null), new Step.TargetColumnOf(TargetColumn.Code))),
        P(TargetReasons.YearEndNotBaselineLessReduction, Row, Yanfeng, 1640, 1963, 325, 1638),
        P(TargetReasons.ReductionCountDiffers, Row, Yanfeng, 325, 1963, 16.5m, 323.895m, 1.105m),
        P(TargetReasons.TotalNotSum, Place.Of(new Step.TargetRowEntry(0, UnitCode.Known("430400")), new Step.TargetColumnOf(TargetColumn.BaselinePopulation)),
            UnitCode.Known("430400"), new Arg.OfColumn(TargetColumn.BaselinePopulation), 399014, 399013),
        P(TargetReasons.CsvEmpty, Place.Whole),
        P(TargetReasons.CsvHeader, Place.Of(new Step.FileLine(1)), new Arg.Code("code,name,kind"), new Arg.Typed("code,name")),
        P(TargetReasons.CsvCellCount, Place.Of(new Step.FileLine(4)), 18, 3),

        P(ScenarioReasons.TooManyOverrides, Place.Of(new Step.ScenarioEntry(0), Step.Overrides.Instance), 1001, 1000),
        P(ScenarioReasons.UnknownParameter, Place.Of(new Step.OverrideEntry(0), new Step.OverridePart(OverrideItem.ParameterPath)), new Arg.Code("pass_lne")),
        P(ScenarioReasons.ParameterGovernedByTable, Place.Of(new Step.OverrideEntry(0), new Step.OverridePart(OverrideItem.ParameterPath)),
            new Arg.Code("village_assistance.per_village_investment_target_wan"), new Arg.OfTarget(TargetField.PerVillageInvestmentWan)),
        P(ScenarioReasons.NoUnitOfKind, Place.Of(new Step.OverrideEntry(0), new Step.OverridePart(OverrideItem.TargetKind)), new Arg.OfKind(UnitKind.District)),
        P(ScenarioReasons.NoUnitInGroup, Place.Of(new Step.OverrideEntry(0), new Step.OverridePart(OverrideItem.TargetGroup)), new Arg.OfGroup(AssessmentGroup.Districts)),
        P(ScenarioReasons.SweepPolicy, Place.Of(new Step.SweepPart(SweepItem.Template))),
        P(ScenarioReasons.SweepStopBelowStart, Place.Of(new Step.SweepPart(SweepItem.Stop)), 90m, 70m),
        P(ScenarioReasons.SweepTooManyPoints, Place.Of(new Step.SweepPart(SweepItem.Step)), 20_001, 10_000),
        P(ScenarioReasons.TooManyScenarios, Place.Of(Step.Scenarios.Instance), 101, 100),

        P(WireReasons.OneOfMissing, Place.Of(new Step.OverrideEntry(0)), new Arg.Code("parameter, policy, target, figure")),
        P(WireReasons.NotADate, Place.Of(new Step.Submission(0, Changning), new Step.FindingEntry(0), new Step.ClaimPart(ClaimItem.Date)), new Arg.Typed("2015/12/20")),
        P(WireReasons.TooManyDepartments, Place.Of(new Step.Submission(0, Changning)), 21, 20),
        P(WireReasons.TooManyFindings, Place.Of(new Step.Submission(0, Changning)), 2001, 2000),
        P(WireReasons.TooManyFigures, Place.Of(new Step.Submission(0, Changning), new Step.DepartmentEntry(0, Department.FinanceBureau)), 2001, 2000),
        P(WireReasons.SelfEvaluationRequired, Place.Of(new Step.Submission(0, null), Step.SelfEvaluation.Instance)),
        P(WireReasons.AssessmentRequired, Place.Of(Step.AssessmentRequest.Instance)),
        P(WireReasons.RuleSetUnknown, Place.Of(Step.RuleSetId.Instance), new Arg.Typed("hengyang-2016"), new Arg.Code("hengyang-2015")),
        P(WireReasons.BodyTooLarge, Place.Whole, 16777216),
        P(WireReasons.MessageTooLarge, Place.Whole, 5242880, 4259840),
        P(WireReasons.ClientNotAllowed, Place.Whole, new Arg.Typed("CN=stranger")),
        P(WireReasons.EndpointNotListed, Place.Whole, new Arg.Code("GET /v1/somethingNew")));
}
