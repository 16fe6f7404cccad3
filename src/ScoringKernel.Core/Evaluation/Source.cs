using ScoringKernel.Core.Attachment1;

namespace ScoringKernel.Core.Evaluation;

/// <summary>Which check of the assessment office found a figure (四: 平时检查 and 年终考核).</summary>
public enum CheckKind
{
    /// <summary>平时检查: a routine check during the year.</summary>
    Routine,
    /// <summary>年终考核: the year-end review (reports, ledgers, site visits, visits to poor households).</summary>
    YearEnd,
}

/// <summary>Where a figure came from, in increasing authority: the unit's self-evaluation, a department, a finding.</summary>
public abstract record Source
{
    public abstract R Match<R>(Func<SelfEvaluation, R> self, Func<FromDepartment, R> department, Func<FromFinding, R> finding);

    /// <summary>0 self-evaluation, 1 department, 2 finding: the evaluation takes each figure from the highest that gives it.</summary>
    public int Authority => Match(_ => 0, _ => 1, _ => 2);

    public sealed record SelfEvaluation : Source
    {
        public static readonly SelfEvaluation Instance = new();
        public override R Match<R>(Func<SelfEvaluation, R> self, Func<FromDepartment, R> department, Func<FromFinding, R> finding) => self(this);
    }

    public sealed record FromDepartment(Department Department) : Source
    {
        public override R Match<R>(Func<SelfEvaluation, R> self, Func<FromDepartment, R> department, Func<FromFinding, R> finding) => department(this);
    }

    public sealed record FromFinding(CheckKind Check, DateOnly Date, string Note) : Source
    {
        public override R Match<R>(Func<SelfEvaluation, R> self, Func<FromDepartment, R> department, Func<FromFinding, R> finding) => finding(this);
    }

    /// <summary>A fixed order among sources of one authority, so that which of two agreeing sources is named never depends on the order they were given in.</summary>
    public string OrderKey => Match(
        _ => "",
        d => ((int)d.Department).ToString("D2"),
        f => $"{f.Date:yyyy-MM-dd}|{(int)f.Check}|{f.Note}");
}
