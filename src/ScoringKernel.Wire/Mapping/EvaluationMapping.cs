using System.Globalization;
using LanguageExt;
using ScoringKernel.Words;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire.Mapping;

/// <summary>The comprehensive evaluation between the wire and the domain.</summary>
public static class EvaluationMapping
{
    public static Validation<Problem, UnitSubmission> ToDomain(P.UnitSubmission? s)
    {
        if (s is null) return Valid.Fail<UnitSubmission>(Place.Whole, new ValueReason.Required());
        var self = s.SelfEvaluation is null
            ? Valid.Fail<Core.Figures.UnitFigures>(Step.SelfEvaluation.Instance, new WireReason.SelfEvaluationRequired())
            : FiguresMapping.ToDomain(s.SelfEvaluation).Under(Step.SelfEvaluation.Instance);
        var departments = s.Departments.Count > UnitSubmission.MaxDepartments
            ? Valid.Fail<Seq<DepartmentFigures>>(new Step.Wire("departments"), new WireReason.TooManyDepartments(s.Departments.Count, UnitSubmission.MaxDepartments))
            : Valid.Each(j => new Step.DepartmentEntry(j, EnumMapping.Known(s.Departments[j].Department)), s.Departments, Department);
        var findings = s.Findings.Count > UnitSubmission.MaxFindings
            ? Valid.Fail<Seq<Finding>>(new Step.Wire("findings"), new WireReason.TooManyFindings(s.Findings.Count, UnitSubmission.MaxFindings))
            : Valid.Each(j => new Step.FindingEntry(j), s.Findings, Finding);
        return (self, departments, findings).Apply((f, d, x) => new UnitSubmission(f, d, x));
    }

    public static Validation<Problem, DepartmentFigures> Department(P.DepartmentFigures d)
    {
        var figures = d.Figures.Count > UnitSubmission.MaxFiguresPerDepartment
            ? Valid.Fail<Seq<FigureValue>>(new Step.Wire("figures"), new WireReason.TooManyFigures(d.Figures.Count, UnitSubmission.MaxFiguresPerDepartment))
            : Valid.Each(k => new Step.GivenFigure(k, Figure(d.Figures[k].Figure).MatchUnsafe(f => f, _ => (FigureRef?)null)), d.Figures, v =>
            {
                var r = new WireReader();
                var value = r.Dec(v.Value, new Step.ClaimPart(ClaimItem.Value));
                return r.Finish(Figure(v.Figure).Under(new Step.ClaimPart(ClaimItem.Figure)).Map(f => new FigureValue(f, value)));
            });
        return (EnumMapping.ToDomain(d.Department, new Step.ClaimPart(ClaimItem.Department)), figures).Apply((dep, f) => new DepartmentFigures(dep, f));
    }

    public static Validation<Problem, Finding> Finding(P.Finding f)
    {
        var r = new WireReader();
        var value = r.Dec(f.Value, new Step.ClaimPart(ClaimItem.Value));
        var date = DateOnly.TryParseExact(f.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? Valid.Ok(d)
            : Valid.Fail<DateOnly>(new Step.ClaimPart(ClaimItem.Date), new WireReason.NotADate(f.Date));
        return r.Finish(
            (Figure(f.Figure).Under(new Step.ClaimPart(ClaimItem.Figure)), EnumMapping.ToDomain(f.Check, new Step.ClaimPart(ClaimItem.Check)), date)
            .Apply((figure, check, day) => (figure, check, day))
            .Bind(t => Core.Evaluation.Finding.Create(t.figure, value, t.check, t.day, f.Note)));
    }

    private static Validation<Problem, FigureRef> Figure(P.FigureRef? f) => f?.FigureCase switch
    {
        P.FigureRef.FigureOneofCase.Field => EnumMapping.ToDomain(f.Field, new Step.Wire("field")).Map(x => (FigureRef)new FigureRef.OfUnit(x)),
        P.FigureRef.FigureOneofCase.Village =>
            (Valid.Text(new Step.Wire("name"), f.Village.Name, VillageFigures.MaxNameLength), EnumMapping.ToDomain(f.Village.Field, new Step.Wire("field")))
            .Apply((name, field) => (FigureRef)new FigureRef.OfVillage(name, field)).Under(new Step.Wire("village")),
        P.FigureRef.FigureOneofCase.None or null => Valid.Fail<FigureRef>(Place.Whole, new WireReason.OneOfMissing("field, village")),
    };

    public static P.FigureRef FromDomain(FigureRef f) => f.Match(
        u => new P.FigureRef { Field = EnumMapping.FromDomain(u.Field) },
        v => new P.FigureRef { Village = new P.VillageFigureRef { Name = v.Village, Field = EnumMapping.FromDomain(v.Field) } });

    public static P.FigureSource FromDomain(Source s)
    {
        var wire = s.Match(
            _ => new P.FigureSource { Kind = P.FigureSource.Types.Kind.SelfEvaluation },
            d => new P.FigureSource { Kind = P.FigureSource.Types.Kind.Department, Department = EnumMapping.FromDomain(d.Department) },
            f => new P.FigureSource
            {
                Kind = P.FigureSource.Types.Kind.Finding,
                Check = EnumMapping.FromDomain(f.Check),
                Date = f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Note = f.Note,
            });
        wire.Words = Labels.Source(s, Language.ZhCn);
        return wire;
    }

    public static P.UnitEvaluation FromDomain(UnitEvaluation u, RuleSet rules, Explainer self, Explainer evaluated)
    {
        string S(decimal d) => DecimalParsing.Format(d, rules.ScoreDecimals);
        var wire = new P.UnitEvaluation
        {
            UnitCode = u.Unit.Value,
            Name = u.Name,
            SelfEvaluated = ResultsMapping.FromDomain(u.SelfEvaluated, rules, self),
            Evaluated = ResultsMapping.FromDomain(u.Evaluated, rules, evaluated),
            TotalDifference = S(u.TotalDifference),
            Overstated = u.Overstated,
        };
        wire.Differences.AddRange(u.Differences.Map(d => new P.IndicatorDifference
        {
            Indicator = EnumMapping.FromDomain(d.Indicator), SelfEvaluated = S(d.SelfEvaluated), Evaluated = S(d.Evaluated), Difference = S(d.Difference),
        }));
        wire.Figures.AddRange(u.Figures.Map(f => new P.ResolvedFigure
        {
            Figure = FromDomain(f.Figure), Path = FigureKeys.Path(f.Figure), Value = DecimalParsing.Format(f.Value), Source = FromDomain(f.Source),
            Label = Labels.FigureRef(f.Figure, Language.ZhCn), Display = Labels.FigureRefValue(f.Figure, f.Value, Language.ZhCn),
        }));
        wire.Corrections.AddRange(u.Corrections.Map(c => new P.Correction
        {
            Figure = FromDomain(c.Figure), Path = FigureKeys.Path(c.Figure),
            Reported = DecimalParsing.Format(c.Reported), Evaluated = DecimalParsing.Format(c.Evaluated), Source = FromDomain(c.Source),
            Label = Labels.FigureRef(c.Figure, Language.ZhCn), ReportedDisplay = Labels.FigureRefValue(c.Figure, c.Reported, Language.ZhCn), EvaluatedDisplay = Labels.FigureRefValue(c.Figure, c.Evaluated, Language.ZhCn),
        }));
        return wire;
    }
}
