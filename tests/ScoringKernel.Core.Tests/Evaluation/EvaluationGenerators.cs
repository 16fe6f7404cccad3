using FsCheck;
using FsCheck.Fluent;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Tests.Support;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Evaluation;

/// <summary>An evaluation's inputs: a generated assessment's figures as the self-evaluations, with department figures and findings.</summary>
public sealed record EvaluationCase(RuleSet Rules, TargetTable Table, Seq<UnitSubmission> Submissions)
{
    public override string ToString() =>
        $"{Submissions.Count} units, {Submissions.Sum(s => s.Departments.Sum(d => d.Figures.Count))} department figures, {Submissions.Sum(s => s.Findings.Count)} findings";
}

public static class EvaluationGenerators
{
    /// <summary>A value valid for the figure, drawn around what the unit reported (so that corrections both raise and lower).</summary>
    public static Gen<decimal> ValueFor(FigureRef figure, UnitFigures self) => figure.Match(
        u => u.Field.Def().Kind switch
        {
            FigureKind.Count => Gen.Choose(0, (int)Math.Min(1_000_000m, u.Field.Def().Get(self) * 2m + 10m)).Select(n => (decimal)n),
            FigureKind.Amount => DomainGenerators.Dec(0, 2_000_000, 2),
            FigureKind.Percent => DomainGenerators.Dec(0, 10_000, 2),
            FigureKind.Growth => DomainGenerators.Dec(-10_000, 30_000, 2),
            FigureKind.YesNo => Gen.Elements(0m, 1m),
        },
        v => v.Field switch
        {
            VillageField.ResidentTeam => Gen.Elements(0m, 1m),
            VillageField.ProjectInvestmentWan => DomainGenerators.Dec(0, 6_000, 2),
        });

    /// <summary>A figure of the unit: one of its 19 fields, or a field of one of its listed villages.</summary>
    public static Gen<FigureRef> FigureOf(UnitFigures self)
    {
        var fields = Gen.Elements(Enum.GetValues<FigureField>()).Select(f => (FigureRef)new FigureRef.OfUnit(f));
        var villages = self.VillageAssistance.Villages;
        if (villages.IsEmpty) return fields;
        var village = from v in Gen.Elements(villages.ToArray())
                      from f in Gen.Elements(Enum.GetValues<VillageField>())
                      select (FigureRef)new FigureRef.OfVillage(v.Name, f);
        return Gen.Frequency((3, fields), (1, village));
    }

    /// <summary>Up to <paramref name="max"/> values for distinct figures: one source level never disagrees with itself here.</summary>
    public static Gen<Seq<FigureValue>> DistinctValues(UnitFigures self, int max) =>
        from n in Gen.Choose(0, max)
        from refs in DomainGenerators.Sequence(Enumerable.Range(0, n).Select(_ => FigureOf(self)))
        from values in DomainGenerators.Sequence(refs.Distinct().Select(r => ValueFor(r, self).Select(v => new FigureValue(r, v))))
        select toSeq(values).Strict();

    public static Gen<Finding> FindingFor(FigureValue v) =>
        from check in Gen.Elements(CheckKind.Routine, CheckKind.YearEnd)
        from day in Gen.Choose(0, 364)
        from note in Gen.Elements("台账核对", "入户核查", "实地查看项目", "年终考核抽查")
        select Finding.Create(v.Figure, v.Value, check, DateOnly.FromDayNumber(new DateOnly(2015, 1, 1).DayNumber + day), note).Match(f => f, ps => throw new InvalidOperationException(ps.Head.ToString()));

    /// <summary>Department figures spread over departments at random (one department per figure); findings on other distinct figures.</summary>
    public static Gen<UnitSubmission> SubmissionFor(UnitFigures self, int maxPerLevel) =>
        from departmentValues in DistinctValues(self, maxPerLevel)
        from departments in DomainGenerators.Sequence(departmentValues.Map(v => Gen.Elements(Departments.All.ToArray()).Select(d => (d, v))))
        from findingValues in DistinctValues(self, maxPerLevel)
        from findings in DomainGenerators.Sequence(findingValues.Map(FindingFor))
        select new UnitSubmission(self,
            toSeq(departments.GroupBy(x => x.d).Select(g => new DepartmentFigures(g.Key, toSeq(g.Select(x => x.v)).Strict()))).Strict(),
            toSeq(findings).Strict());

    public static readonly Gen<EvaluationCase> Cases =
        from c in DomainGenerators.AssessmentCases
        from sources in Gen.Elements(0, 1, 3)
        from submissions in DomainGenerators.Sequence(c.Figures.Map(f => SubmissionFor(f, sources)))
        select new EvaluationCase(c.Rules, c.Table, toSeq(submissions).Strict());
}

/// <summary>A case, one of its units, a finding on one of that unit's figures, and another value the unit might have reported for it.</summary>
public sealed record FindingCase(EvaluationCase Case, int Unit, Finding Finding, decimal OtherReport)
{
    public override string ToString() => $"{Case}; unit #{Unit}: finding {Finding.Figure.ToString()} = {Finding.Value}, other report {OtherReport}";
}

public static class EvaluationArbitraries
{
    public static Arbitrary<EvaluationCase> EvaluationCase() => Arb.From(EvaluationGenerators.Cases);

    public static Arbitrary<FindingCase> FindingCase() => Arb.From(
        from c in EvaluationGenerators.Cases
        from unit in Gen.Choose(0, c.Submissions.Count - 1)
        let self = c.Submissions[unit].SelfEvaluation
        from figure in EvaluationGenerators.FigureOf(self)
        from value in EvaluationGenerators.ValueFor(figure, self)
        from other in EvaluationGenerators.ValueFor(figure, self)
        from finding in EvaluationGenerators.FindingFor(new FigureValue(figure, value))
        select new FindingCase(c, unit, finding, other));
}
