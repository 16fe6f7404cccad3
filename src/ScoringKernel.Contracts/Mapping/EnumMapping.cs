using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Mapping;

/// <summary>
/// Every closed set between wire and domain, in one place. Wire enums accept unknown numbers: those become field
/// problems. Indicators and figure and target fields share their members' names with the wire's values, so they map
/// by name (the contracts tests check every member has its wire twin); the rest are written out.
/// </summary>
public static class EnumMapping
{
    private static readonly SameNames<Indicator, P.Indicator> Indicators = new();
    private static readonly SameNames<FigureField, P.FigureField> FigureFields = new();
    private static readonly SameNames<TargetField, P.TargetField> TargetFields = new();
    private static readonly SameNames<Department, P.Department> Departments = new();
    private static readonly SameNames<VillageField, P.VillageField> VillageFields = new();
    private static readonly SameNames<CheckKind, P.CheckKind> CheckKinds = new();

    public static P.Department FromDomain(Department department) => Departments.ToWire(department);

    public static Validation<Problem, Department> ToDomain(P.Department department, string name) =>
        Departments.ToDomain(department).ToValidation(new Problem(name,
            $"must be one of {string.Join(", ", Core.Attachment1.Departments.All.Map(d => $"DEPARTMENT_{ProtoNames.SnakeCase(d.ToString()).ToUpperInvariant()} ({d.Name()})"))} (got {(int)department})"));

    public static P.VillageField FromDomain(VillageField field) => VillageFields.ToWire(field);

    public static Validation<Problem, VillageField> ToDomain(P.VillageField field, string name) =>
        VillageFields.ToDomain(field).ToValidation(new Problem(name, $"must be VILLAGE_FIELD_RESIDENT_TEAM or VILLAGE_FIELD_PROJECT_INVESTMENT_WAN (got {(int)field})"));

    public static P.CheckKind FromDomain(CheckKind check) => CheckKinds.ToWire(check);

    public static Validation<Problem, CheckKind> ToDomain(P.CheckKind check, string name) =>
        CheckKinds.ToDomain(check).ToValidation(new Problem(name, $"must be CHECK_KIND_ROUTINE (平时检查) or CHECK_KIND_YEAR_END (年终考核) (got {(int)check})"));

    public static P.Indicator FromDomain(Indicator indicator) => Indicators.ToWire(indicator);

    public static P.FigureField FromDomain(FigureField field) => FigureFields.ToWire(field);

    public static P.TargetField FromDomain(TargetField field) => TargetFields.ToWire(field);

    public static Validation<Problem, FigureField> ToDomain(P.FigureField field, string name) =>
        FigureFields.ToDomain(field).ToValidation(new Problem(name, $"must be a FIGURE_FIELD_… value (got {(int)field})"));

    public static Validation<Problem, TargetField> ToDomain(P.TargetField field, string name) =>
        TargetFields.ToDomain(field).ToValidation(new Problem(name, $"must be a TARGET_FIELD_… value (got {(int)field})"));

    public static P.UnitPolicy FromDomain(UnitPolicy policy) => policy switch
    {
        UnitPolicy.Proportional => P.UnitPolicy.Proportional,
        UnitPolicy.WholeUnits => P.UnitPolicy.WholeUnits,
        UnitPolicy.StartedUnits => P.UnitPolicy.StartedUnits,
    };

    /// <summary>A request's policy: unspecified keeps the rule set's own.</summary>
    public static Validation<Problem, Option<UnitPolicy>> ToDomain(P.UnitPolicy policy, string field) => policy switch
    {
        P.UnitPolicy.Unspecified => Valid.Ok(Option<UnitPolicy>.None),
        P.UnitPolicy.Proportional => Valid.Ok(Some(UnitPolicy.Proportional)),
        P.UnitPolicy.WholeUnits => Valid.Ok(Some(UnitPolicy.WholeUnits)),
        P.UnitPolicy.StartedUnits => Valid.Ok(Some(UnitPolicy.StartedUnits)),
        _ => Valid.Fail<Option<UnitPolicy>>(field, $"unknown unit policy {(int)policy}"),
    };

    public static P.UnitKind FromDomain(UnitKind kind) => kind switch
    {
        UnitKind.County => P.UnitKind.County,
        UnitKind.CountyLevelCity => P.UnitKind.CountyCity,
        UnitKind.District => P.UnitKind.District,
    };

    public static Validation<Problem, UnitKind> ToDomain(P.UnitKind kind, string field) => kind switch
    {
        P.UnitKind.County => Valid.Ok(UnitKind.County),
        P.UnitKind.CountyCity => Valid.Ok(UnitKind.CountyLevelCity),
        P.UnitKind.District => Valid.Ok(UnitKind.District),
        _ => Valid.Fail<UnitKind>(field, $"must be UNIT_KIND_COUNTY, UNIT_KIND_COUNTY_CITY or UNIT_KIND_DISTRICT (got {(int)kind})"),
    };

    public static P.AssessmentGroup FromDomain(AssessmentGroup group) => group switch
    {
        AssessmentGroup.CountiesAndCities => P.AssessmentGroup.CountiesAndCities,
        AssessmentGroup.Districts => P.AssessmentGroup.Districts,
    };

    public static Validation<Problem, AssessmentGroup> ToDomain(P.AssessmentGroup group, string field) => group switch
    {
        P.AssessmentGroup.CountiesAndCities => Valid.Ok(AssessmentGroup.CountiesAndCities),
        P.AssessmentGroup.Districts => Valid.Ok(AssessmentGroup.Districts),
        _ => Valid.Fail<AssessmentGroup>(field, $"must be ASSESSMENT_GROUP_COUNTIES_AND_CITIES or ASSESSMENT_GROUP_DISTRICTS (got {(int)group})"),
    };

    public static P.Grade FromDomain(Grade grade) => grade switch
    {
        Grade.Class1 => P.Grade.Class1,
        Grade.Class2 => P.Grade.Class2,
        Grade.Unqualified => P.Grade.Unqualified,
        Grade.Disqualified => P.Grade.Disqualified,
    };

    public static P.Measure FromDomain(Measure measure) => measure switch
    {
        Measure.Percent => P.Measure.Percent,
        Measure.Yuan => P.Measure.Yuan,
        Measure.Wan => P.Measure.Wan,
        Measure.Households => P.Measure.Households,
        Measure.Villages => P.Measure.Villages,
        Measure.Flag => P.Measure.Flag,
    };

    public static P.RowKind FromDomain(RowKind kind) => kind switch
    {
        RowKind.Total => P.RowKind.Total,
        RowKind.County => P.RowKind.County,
        RowKind.CountyLevelCity => P.RowKind.CountyCity,
        RowKind.District => P.RowKind.District,
        RowKind.Zone => P.RowKind.Zone,
    };

    public static Validation<Problem, RowKind> ToDomain(P.RowKind kind, string field) => kind switch
    {
        P.RowKind.Total => Valid.Ok(RowKind.Total),
        P.RowKind.County => Valid.Ok(RowKind.County),
        P.RowKind.CountyCity => Valid.Ok(RowKind.CountyLevelCity),
        P.RowKind.District => Valid.Ok(RowKind.District),
        P.RowKind.Zone => Valid.Ok(RowKind.Zone),
        P.RowKind.Unspecified => Valid.Fail<RowKind>(field, "is required (ROW_KIND_TOTAL, _COUNTY, _COUNTY_CITY, _DISTRICT or _ZONE)"),
        _ => Valid.Fail<RowKind>(field, $"unknown row kind {(int)kind}"),
    };

    public static P.Severity FromDomain(Severity severity) => severity switch
    {
        Severity.Error => P.Severity.Error,
        Severity.Warning => P.Severity.Warning,
    };

    public static P.Crossing.Types.Boundary FromDomain(Boundary boundary) => boundary switch
    {
        Boundary.PassLine => P.Crossing.Types.Boundary.PassLine,
        Boundary.Class1 => P.Crossing.Types.Boundary.Class1,
    };

    public static P.Crossing.Types.Direction FromDomain(Direction direction) => direction switch
    {
        Direction.Up => P.Crossing.Types.Direction.Up,
        Direction.Down => P.Crossing.Types.Direction.Down,
    };

    public static P.Goal FromDomain(Goal goal) => goal switch
    {
        Goal.PassLine => P.Goal.PassLine,
        Goal.Class1 => P.Goal.Class1,
    };

    /// <summary>The goals a request asks for: unspecified asks for both.</summary>
    public static Validation<Problem, Seq<Goal>> ToDomain(P.Goal goal, string field) => goal switch
    {
        P.Goal.Unspecified => Valid.Ok(Seq(Goal.PassLine, Goal.Class1)),
        P.Goal.PassLine => Valid.Ok(Seq1(Goal.PassLine)),
        P.Goal.Class1 => Valid.Ok(Seq1(Goal.Class1)),
        _ => Valid.Fail<Seq<Goal>>(field, $"unknown goal {(int)goal}"),
    };

    /// <summary>A margin's case as the wire's status.</summary>
    public static P.MarginStatus StatusOf(Margin margin) => margin.Match(
        _ => P.MarginStatus.Reachable,
        _ => P.MarginStatus.Met,
        _ => P.MarginStatus.Unreachable);

    /// <summary>A domain enum and a wire enum whose members carry the same names; the wire's UNSPECIFIED has no domain twin.</summary>
    private sealed class SameNames<TDomain, TWire> where TDomain : struct, Enum where TWire : struct, Enum
    {
        private readonly Dictionary<TDomain, TWire> toWire = Enum.GetValues<TDomain>().ToDictionary(d => d, d => Enum.Parse<TWire>(d.ToString()));
        private readonly Dictionary<TWire, TDomain> toDomain;

        public SameNames() => toDomain = toWire.ToDictionary(p => p.Value, p => p.Key);

        public TWire ToWire(TDomain value) => toWire[value];

        public Option<TDomain> ToDomain(TWire value) => toDomain.TryGetValue(value, out var d) ? Some(d) : None;
    }
}
