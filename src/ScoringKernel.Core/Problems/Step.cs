using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Problems;

/// <summary>
/// One step of where a problem stands, in the domain's own terms: a unit, one of its figures, a village by name, a
/// submission's finding, a row and column of the target table, a rule parameter. Wire renders a place as the
/// proto field path of the request it came in (from the descriptors); the words module as the office says it.
/// </summary>
public abstract record Step
{
    private Step() { }

    public abstract T Accept<T>(IStepVisitor<T> visitor);

    /// <summary>The figures of a unit, the <paramref name="Index"/>-th given; its code where it was readable.</summary>
    public sealed record UnitEntry(int Index, UnitCode? Code) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The one unit of a request that scores a single unit.</summary>
    public sealed record SingleUnit : Step { public static readonly SingleUnit Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The assessment request inside a request that asks for its result workbook.</summary>
    public sealed record AssessmentRequest : Step { public static readonly AssessmentRequest Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>Which rule set a request names.</summary>
    public sealed record RuleSetId : Step { public static readonly RuleSetId Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The unit policy a request sets (proportional, whole units, started units).</summary>
    public sealed record Policy : Step { public static readonly Policy Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>How much of a result a request asks for (full or basic).</summary>
    public sealed record View : Step { public static readonly View Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>A target table a request brings instead of the rule set's own.</summary>
    public sealed record TargetTable : Step { public static readonly TargetTable Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The list of units as a whole (a unit missing from it).</summary>
    public sealed record Units : Step { public static readonly Units Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The code a unit's figures carry.</summary>
    public sealed record UnitCodeOf : Step { public static readonly UnitCodeOf Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>An indicator's figures as a whole (missing altogether).</summary>
    public sealed record IndicatorOf(Indicator Indicator) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    public sealed record FigureOf(FigureField Field) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The list of a unit's poor villages as a whole.</summary>
    public sealed record Villages : Step { public static readonly Villages Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>A village, the <paramref name="Index"/>-th listed; its name where it has one.</summary>
    public sealed record Village(int Index, string? Name) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>Part of a village's figures: its name, its resident team, its project investment.</summary>
    public sealed record VillagePart(VillageItem Item) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The <paramref name="Index"/>-th submission of an evaluation.</summary>
    public sealed record Submission(int Index, UnitCode? Code) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The list of submissions as a whole (a unit missing from it).</summary>
    public sealed record Submissions : Step { public static readonly Submissions Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    public sealed record SelfEvaluation : Step { public static readonly SelfEvaluation Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The <paramref name="Index"/>-th department's figures of a submission.</summary>
    public sealed record DepartmentEntry(int Index, Department? Department) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The <paramref name="Index"/>-th figure a department or the request gives, and which figure it is where that is known.</summary>
    public sealed record GivenFigure(int Index, Evaluation.FigureRef? Figure = null) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The <paramref name="Index"/>-th finding of a submission.</summary>
    public sealed record FindingEntry(int Index) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>Part of a given figure or finding: which figure, the value, the village, the note, the date, the check.</summary>
    public sealed record ClaimPart(ClaimItem Item) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The target table's rows as a whole, or the <paramref name="Index"/>-th row.</summary>
    public sealed record TargetRows : Step { public static readonly TargetRows Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    public sealed record TargetRowEntry(int Index, UnitCode? Code) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    public sealed record TargetColumnOf(TargetColumn Column) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>A rule-set parameter by its catalog path (<c>village_assistance.team_step</c>).</summary>
    public sealed record Parameter(string Path) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The base a scenario, comparison or sweep starts from.</summary>
    public sealed record Base : Step { public static readonly Base Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The scenarios of a comparison as a whole, or the <paramref name="Index"/>-th.</summary>
    public sealed record Scenarios : Step { public static readonly Scenarios Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    public sealed record ScenarioEntry(int Index) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>A scenario's overrides as a whole, or the <paramref name="Index"/>-th.</summary>
    public sealed record Overrides : Step { public static readonly Overrides Instance = new(); public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    public sealed record OverrideEntry(int Index) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    public sealed record OverridePart(OverrideItem Item) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    public sealed record SweepPart(SweepItem Item) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>The sweep's point where its template takes <paramref name="Value"/> (no field of its own on the wire).</summary>
    public sealed record SweepValue(decimal Value) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>
    /// A cell of a workbook sheet (<c>单位指标</c>, <c>O13</c>), or a range (<c>C2:D2</c>), or a row (<c>5:5</c>). It comes
    /// first in a place, before the domain steps the cell feeds; the proto path renders nothing for it.
    /// </summary>
    public sealed record Cell(string Sheet, string Reference) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>A workbook as a whole (the file given, or the bytes a request carries); its name where it has one.</summary>
    public sealed record Workbook(string FileName) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>A part of a threshold question (<see cref="ThresholdItem"/>).</summary>
    public sealed record ThresholdPart(ThresholdItem Item) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>A line of a text file (a CSV), counted from 1.</summary>
    public sealed record FileLine(int Line) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>A position in a YAML file (a rule set), line and column counted from 1.</summary>
    public sealed record YamlPosition(int Line, int Column) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>A field of a round's request, or of a round's export, by what it holds (<see cref="RoundItem"/>).</summary>
    public sealed record RoundPart(RoundItem Item) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>
    /// A field of a request with no domain meaning of its own (a scenario's name, a sweep's step, a JSON member),
    /// named as the wire names it. Only the layers that read the wire create these.
    /// </summary>
    public sealed record Wire(string Name) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>An element of a repeated wire field.</summary>
    public sealed record Element(int Index) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }

    /// <summary>Where in a JSON text (line and column from 1, columns in characters) the reader found the problem; no field of its own.</summary>
    public sealed record JsonPosition(int Line, int Column) : Step { public override T Accept<T>(IStepVisitor<T> visitor) => visitor.Visit(this); }
}


/// <summary>One method per case of <see cref="Step"/>: the words (in each language) and the wire path each implement it.</summary>
public interface IStepVisitor<out T>
{
    T Visit(Step.UnitEntry step);
    T Visit(Step.SingleUnit step);
    T Visit(Step.AssessmentRequest step);
    T Visit(Step.RuleSetId step);
    T Visit(Step.Policy step);
    T Visit(Step.View step);
    T Visit(Step.TargetTable step);
    T Visit(Step.Units step);
    T Visit(Step.UnitCodeOf step);
    T Visit(Step.IndicatorOf step);
    T Visit(Step.FigureOf step);
    T Visit(Step.Villages step);
    T Visit(Step.Village step);
    T Visit(Step.VillagePart step);
    T Visit(Step.Submission step);
    T Visit(Step.Submissions step);
    T Visit(Step.SelfEvaluation step);
    T Visit(Step.DepartmentEntry step);
    T Visit(Step.GivenFigure step);
    T Visit(Step.FindingEntry step);
    T Visit(Step.ClaimPart step);
    T Visit(Step.TargetRows step);
    T Visit(Step.TargetRowEntry step);
    T Visit(Step.TargetColumnOf step);
    T Visit(Step.Parameter step);
    T Visit(Step.Base step);
    T Visit(Step.Scenarios step);
    T Visit(Step.ScenarioEntry step);
    T Visit(Step.Overrides step);
    T Visit(Step.OverrideEntry step);
    T Visit(Step.OverridePart step);
    T Visit(Step.SweepPart step);
    T Visit(Step.SweepValue step);
    T Visit(Step.Cell step);
    T Visit(Step.Workbook step);
    T Visit(Step.ThresholdPart step);
    T Visit(Step.FileLine step);
    T Visit(Step.YamlPosition step);
    T Visit(Step.RoundPart step);
    T Visit(Step.Wire step);
    T Visit(Step.Element step);
    T Visit(Step.JsonPosition step);
}

public enum VillageItem
{
    Name,
    ResidentTeam,
    ProjectInvestmentWan,
}

public enum OverrideItem
{
    ParameterPath,
    ParameterValue,
    TargetUnit,
    TargetKind,
    TargetGroup,
    TargetValue,
    FigureUnit,
    FigureValue,
}

/// <summary>The parts of a threshold question.</summary>
public enum ThresholdItem
{
    Template,
    From,
    To,
    Condition,
    ConditionUnit,
    ConditionCount,
}

public enum SweepItem
{
    Template,
    Start,
    Stop,
    Step,
}

/// <summary>The fields of the round's requests (and of a round's export) a problem may stand at.</summary>
public enum RoundItem
{
    /// <summary>The round's year.</summary>
    Year,
    /// <summary>The etag of the resource a write changes.</summary>
    Etag,
    /// <summary>The unit a request names.</summary>
    UnitCode,
    /// <summary>The figures a self-evaluation or a department's submission carries.</summary>
    Figures,
    /// <summary>A department's submission's update mask, and its paths.</summary>
    UpdateMask,
    UpdateMaskPaths,
    /// <summary>A finding recorded, its id, and the inspector who made it.</summary>
    Finding,
    FindingId,
    Inspector,
    /// <summary>Why a finding is withdrawn, the round reopened, or submissions reopened.</summary>
    Reason,
    /// <summary>The digest of the evaluation an approval or a notice names.</summary>
    EvaluationDigest,
    /// <summary>The notice's document number (文号) and date of issue (印发日期).</summary>
    NoticeNumber,
    IssuedOn,
    /// <summary>What an import brings: a figures workbook, an evaluation, or a round's export.</summary>
    FiguresWorkbook,
    Evaluation,
    RoundExport,
    /// <summary>A round export's events, its hash chain, its signature.</summary>
    ExportEvents,
    ExportChain,
    ExportSignature,
}

public enum ClaimItem
{
    Figure,
    Value,
    Village,
    Note,
    Date,
    Check,
    Department,
}

/// <summary>The columns of Attachment 2 (the target table).</summary>
public enum TargetColumn
{
    Code,
    Name,
    Kind,
    BaselinePopulation,
    ReductionRatePercent,
    ReductionCount,
    YearEndPopulation,
    TotalInvestmentWan,
    OwnBudgetWan,
    SectorInvestmentWan,
    SocialInvestmentWan,
    IncomeYuan,
    IncomeGrowthPercent,
    HousesToRenovate,
    PersonsToReach,
    HouseholdsToReach,
    PoorVillages,
    PerVillageInvestmentWan,
}
