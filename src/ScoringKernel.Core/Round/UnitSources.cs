using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Round;

/// <summary>
/// What a unit of the round has been given by the unit itself and by the departments: every version, oldest first.
/// The latest of each counts.
/// </summary>
public sealed record UnitSources(UnitCode Unit, Seq<SelfEvaluationVersion> SelfEvaluations, Map<Department, Seq<DepartmentFiguresVersion>> Departments)
{
    public static UnitSources None(UnitCode unit) => new(unit, Seq<SelfEvaluationVersion>(), Map<Department, Seq<DepartmentFiguresVersion>>());

    public Option<SelfEvaluationVersion> LatestSelfEvaluation => SelfEvaluations.LastOrNone();

    /// <summary>Each department's latest set, in the closed list's order.</summary>
    public Seq<DepartmentFiguresVersion> LatestDepartmentFigures => toSeq(Departments.Values).Choose(v => v.LastOrNone()).Strict();

    public Seq<DepartmentFiguresVersion> DepartmentHistory(Department department) => Departments.Find(department).IfNone(Seq<DepartmentFiguresVersion>());
}
