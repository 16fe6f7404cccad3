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
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire.Mapping;

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

    public static Validation<Problem, Department> ToDomain(P.Department department, Step at) =>
        Departments.ToDomain(department).ToValidation(Unknown<P.Department>(at, (int)department));

    /// <summary>The department a wire value names, or null for a value that names none (the problem is reported where the value stands).</summary>
    public static Department? Known(P.Department department) => Departments.ToDomain(department).MatchUnsafe(d => (Department?)d, () => null);

    public static P.VillageField FromDomain(VillageField field) => VillageFields.ToWire(field);

    public static Validation<Problem, VillageField> ToDomain(P.VillageField field, Step at) =>
        VillageFields.ToDomain(field).ToValidation(Unknown<P.VillageField>(at, (int)field));

    public static P.CheckKind FromDomain(CheckKind check) => CheckKinds.ToWire(check);

    public static Validation<Problem, CheckKind> ToDomain(P.CheckKind check, Step at) =>
        CheckKinds.ToDomain(check).ToValidation(Unknown<P.CheckKind>(at, (int)check));

    public static P.Indicator FromDomain(Indicator indicator) => Indicators.ToWire(indicator);

    public static Option<Indicator> IndicatorOf(P.Indicator indicator) => Indicators.ToDomain(indicator);

    public static P.FigureField FromDomain(FigureField field) => FigureFields.ToWire(field);

    public static P.TargetField FromDomain(TargetField field) => TargetFields.ToWire(field);

    public static Validation<Problem, FigureField> ToDomain(P.FigureField field, Step at) =>
        FigureFields.ToDomain(field).ToValidation(Unknown<P.FigureField>(at, (int)field));

    public static Validation<Problem, TargetField> ToDomain(P.TargetField field, Step at) =>
        TargetFields.ToDomain(field).ToValidation(Unknown<P.TargetField>(at, (int)field));

    public static P.UnitPolicy FromDomain(UnitPolicy policy) => policy switch
    {
        UnitPolicy.Proportional => P.UnitPolicy.Proportional,
        UnitPolicy.WholeUnits => P.UnitPolicy.WholeUnits,
        UnitPolicy.StartedUnits => P.UnitPolicy.StartedUnits,
    };

    /// <summary>A request's policy: unspecified keeps the rule set's own.</summary>
    public static Validation<Problem, Option<UnitPolicy>> ToDomain(P.UnitPolicy policy, Step at) => policy switch
    {
        P.UnitPolicy.Unspecified => Valid.Ok(Option<UnitPolicy>.None),
        P.UnitPolicy.Proportional => Valid.Ok(Some(UnitPolicy.Proportional)),
        P.UnitPolicy.WholeUnits => Valid.Ok(Some(UnitPolicy.WholeUnits)),
        P.UnitPolicy.StartedUnits => Valid.Ok(Some(UnitPolicy.StartedUnits)),
        _ => Valid.Fail<Option<UnitPolicy>>(Unknown<P.UnitPolicy>(at, (int)policy)),
    };

    public static P.UnitKind FromDomain(UnitKind kind) => kind switch
    {
        UnitKind.County => P.UnitKind.County,
        UnitKind.CountyLevelCity => P.UnitKind.CountyCity,
        UnitKind.District => P.UnitKind.District,
    };

    public static Validation<Problem, UnitKind> ToDomain(P.UnitKind kind, Step at) => kind switch
    {
        P.UnitKind.County => Valid.Ok(UnitKind.County),
        P.UnitKind.CountyCity => Valid.Ok(UnitKind.CountyLevelCity),
        P.UnitKind.District => Valid.Ok(UnitKind.District),
        _ => Valid.Fail<UnitKind>(Unknown<P.UnitKind>(at, (int)kind)),
    };

    public static P.AssessmentGroup FromDomain(AssessmentGroup group) => group switch
    {
        AssessmentGroup.CountiesAndCities => P.AssessmentGroup.CountiesAndCities,
        AssessmentGroup.Districts => P.AssessmentGroup.Districts,
    };

    public static Validation<Problem, AssessmentGroup> ToDomain(P.AssessmentGroup group, Step at) => group switch
    {
        P.AssessmentGroup.CountiesAndCities => Valid.Ok(AssessmentGroup.CountiesAndCities),
        P.AssessmentGroup.Districts => Valid.Ok(AssessmentGroup.Districts),
        _ => Valid.Fail<AssessmentGroup>(Unknown<P.AssessmentGroup>(at, (int)group)),
    };

    public static P.Grade FromDomain(Grade grade) => grade switch
    {
        Grade.Class1 => P.Grade.Class1,
        Grade.Class2 => P.Grade.Class2,
        Grade.Unqualified => P.Grade.Unqualified,
        Grade.Disqualified => P.Grade.Disqualified,
    };

    /// <summary>The grade a wire value names; none for UNSPECIFIED or a number that names no grade.</summary>
    public static Option<Grade> GradeOf(P.Grade grade) => grade switch
    {
        P.Grade.Class1 => Some(Core.Ranking.Grade.Class1),
        P.Grade.Class2 => Some(Core.Ranking.Grade.Class2),
        P.Grade.Unqualified => Some(Core.Ranking.Grade.Unqualified),
        P.Grade.Disqualified => Some(Core.Ranking.Grade.Disqualified),
        _ => None,
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

    public static Validation<Problem, RowKind> ToDomain(P.RowKind kind, Step at) => kind switch
    {
        P.RowKind.Total => Valid.Ok(RowKind.Total),
        P.RowKind.County => Valid.Ok(RowKind.County),
        P.RowKind.CountyCity => Valid.Ok(RowKind.CountyLevelCity),
        P.RowKind.District => Valid.Ok(RowKind.District),
        P.RowKind.Zone => Valid.Ok(RowKind.Zone),
        P.RowKind.Unspecified => Valid.Fail<RowKind>(at, new ValueReason.RequiredChoice(Names<P.RowKind>())),
        _ => Valid.Fail<RowKind>(Unknown<P.RowKind>(at, (int)kind)),
    };

    public static Option<Severity> SeverityOf(P.Severity severity) => severity switch
    {
        P.Severity.Error => Some(Severity.Error),
        P.Severity.Warning => Some(Severity.Warning),
        _ => None,
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
    public static Validation<Problem, Seq<Goal>> ToDomain(P.Goal goal, Step at) => goal switch
    {
        P.Goal.Unspecified => Valid.Ok(Seq(Goal.PassLine, Goal.Class1)),
        P.Goal.PassLine => Valid.Ok(Seq1(Goal.PassLine)),
        P.Goal.Class1 => Valid.Ok(Seq1(Goal.Class1)),
        _ => Valid.Fail<Seq<Goal>>(Unknown<P.Goal>(at, (int)goal)),
    };

    /// <summary>A margin's case as the wire's status.</summary>
    public static P.MarginStatus StatusOf(Margin margin) => margin.Match(
        _ => P.MarginStatus.Reachable,
        _ => P.MarginStatus.Met,
        _ => P.MarginStatus.Unreachable);

    /// <summary>A wire enum's number that names none of its values: the values it may take, by their proto names.</summary>
    private static Problem Unknown<TWire>(Step at, int got) where TWire : struct, Enum =>
        new(new ValueReason.UnknownChoice(got.ToString(System.Globalization.CultureInfo.InvariantCulture), Names<TWire>()), Place.Of(at));

    /// <summary>"ROW_KIND_TOTAL, ROW_KIND_COUNTY …": the proto names of a wire enum's values, UNSPECIFIED left out.</summary>
    private static string Names<TWire>() where TWire : struct, Enum =>
        string.Join(", ", typeof(TWire).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => f.GetCustomAttributes(typeof(Google.Protobuf.Reflection.OriginalNameAttribute), false).Cast<Google.Protobuf.Reflection.OriginalNameAttribute>().FirstOrDefault()?.Name ?? f.Name)
            .Where(n => !n.EndsWith("_UNSPECIFIED", StringComparison.Ordinal)));

    /// <summary>A domain enum and a wire enum whose members carry the same names; the wire's UNSPECIFIED has no domain twin.</summary>
    /// <summary>A contract enum value as the .proto names it ("GRADE_CLASS_1"), from the generated code's OriginalName.</summary>
    public static string WireName<TWire>(TWire value) where TWire : struct, Enum =>
        typeof(TWire).GetField(value.ToString())?.GetCustomAttributes(typeof(Google.Protobuf.Reflection.OriginalNameAttribute), false)
            .OfType<Google.Protobuf.Reflection.OriginalNameAttribute>().FirstOrDefault()?.Name ?? value.ToString();

    private sealed class SameNames<TDomain, TWire> where TDomain : struct, Enum where TWire : struct, Enum
    {
        private readonly Dictionary<TDomain, TWire> toWire = Enum.GetValues<TDomain>().ToDictionary(d => d, d => Enum.Parse<TWire>(d.ToString()));
        private readonly Dictionary<TWire, TDomain> toDomain;

        public SameNames() => toDomain = toWire.ToDictionary(p => p.Value, p => p.Key);

        public TWire ToWire(TDomain value) => toWire[value];

        public Option<TDomain> ToDomain(TWire value) => toDomain.TryGetValue(value, out var d) ? Some(d) : None;
    }
}
