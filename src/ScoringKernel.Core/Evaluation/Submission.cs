using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Evaluation;

/// <summary>One figure as a department or a finding gives it.</summary>
public sealed record FigureValue(FigureRef Figure, decimal Value);

/// <summary>The figures one department provides for a unit.</summary>
public sealed record DepartmentFigures(Department Department, Seq<FigureValue> Figures);

/// <summary>What a routine check or the year-end review found: the figure, the value found, when, and the inspector's note.</summary>
public sealed record Finding
{
    public const int MaxNoteLength = 500;

    private Finding(FigureRef figure, decimal value, CheckKind check, DateOnly date, string note) =>
        (Figure, Value, Check, Date, Note) = (figure, value, check, date, note);

    public FigureRef Figure { get; }
    public decimal Value { get; }
    public CheckKind Check { get; }
    public DateOnly Date { get; }
    public string Note { get; }

    /// <summary>A finding says what was found: its note is required.</summary>
    public static Validation<Problem, Finding> Create(FigureRef figure, decimal value, CheckKind check, DateOnly date, string? note) =>
        Valid.Text(new Step.ClaimPart(ClaimItem.Note), note, MaxNoteLength).Map(n => new Finding(figure, value, check, date, n));
}

/// <summary>One unit's submission: its self-evaluation (a full set of figures), the departments' figures, the office's findings.</summary>
public sealed record UnitSubmission(UnitFigures SelfEvaluation, Seq<DepartmentFigures> Departments, Seq<Finding> Findings)
{
    /// <summary>Departments, figures per department, findings: each far above a real unit's, far below what would strain a server.</summary>
    public const int MaxDepartments = 20, MaxFiguresPerDepartment = 2_000, MaxFindings = 2_000;
}
