using System.Globalization;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using ScoringKernel.Words;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire;

/// <summary>
/// A problem's facts for programs (<see cref="P.ProblemFacts"/>): the unit, figure, sheet and cell, row, village,
/// department, target column, line and column, parameter its place names, each in its own field, and its words split
/// into place and message. The place decides; where it names no unit, figure or department, the problem's arguments
/// may (a consistency warning names its unit as an argument). Also as ErrorInfo metadata (<see cref="Metadata"/>).
/// </summary>
public static class ProblemFactsOf
{
    private static readonly string Villages = ProblemPaths.Of(Place.Of(Step.Villages.Instance));

    public static P.ProblemFacts Of(Problem problem, Language language)
    {
        var facts = new P.ProblemFacts
        {
            Field = ProblemPaths.Of(problem),
            Reason = problem.Reason.Code,
            LocalizedPlace = ProblemWords.PlaceBeforeMessage(problem, language),
            LocalizedReason = ProblemWords.Message(problem, language),
        };
        foreach (var step in problem.At.Steps) Add(facts, step);
        foreach (var arg in problem.Args) Add(facts, arg);
        return facts;
    }

    /// <summary>The facts that are there, as ErrorInfo metadata: snake_case keys as the fields are named, numbers as text.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Metadata(P.ProblemFacts facts)
    {
        foreach (var field in P.ProblemFacts.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.FieldNumber is P.ProblemFacts.FieldFieldNumber or P.ProblemFacts.ReasonFieldNumber
                or P.ProblemFacts.LocalizedPlaceFieldNumber or P.ProblemFacts.LocalizedReasonFieldNumber) continue;
            var text = field.Accessor.GetValue(facts) switch
            {
                string s => s,
                int n when n != 0 => n.ToString(CultureInfo.InvariantCulture),
                _ => "",
            };
            if (text.Length > 0) yield return new(field.Name, text);
        }
    }

    private static void Add(P.ProblemFacts facts, Step step)
    {
        switch (step)
        {
            case Step.UnitEntry { Code: { } code }: facts.UnitCode = code.Value; break;
            case Step.Submission { Code: { } code }: facts.UnitCode = code.Value; break;
            case Step.TargetRowEntry { Code: { } code }: facts.UnitCode = code.Value; break;
            case Step.FigureOf f: facts.Figure = f.Field.Path(); break;
            case Step.GivenFigure { Figure: { } figure }: Add(facts, figure); break;
            case Step.Village { Name: { Length: > 0 } name }: facts.Village = name; break;
            case Step.VillagePart p: facts.Figure = $"{Villages}.{ProblemPaths.Of(Place.Of(p))}"; break;
            case Step.DepartmentEntry { Department: { } department }: facts.Department = WireName(department); break;
            case Step.TargetColumnOf c: facts.TargetColumn = ProblemPaths.Of(Place.Of(c)); break;
            case Step.Parameter p: facts.Parameter = p.Path; break;
            case Step.Cell c:
                facts.Sheet = c.Sheet;
                facts.Cell = c.Reference;
                facts.Row = RowOf(c.Reference);
                break;
            case Step.JsonPosition p: facts.Line = p.Line; facts.Column = p.Column; break;
            case Step.YamlPosition p: facts.Line = p.Line; facts.Column = p.Column; break;
            case Step.FileLine f: facts.Line = f.Line; break;
            default: break; // the other steps name a field of the request only, which `field` already says
        }
    }

    private static void Add(P.ProblemFacts facts, Arg arg)
    {
        switch (arg)
        {
            case Arg.OfUnit u when facts.UnitCode.Length == 0: facts.UnitCode = u.Unit.Value; break;
            case Arg.OfFigure f when facts.Figure.Length == 0: facts.Figure = f.Field.Path(); break;
            case Arg.OfFigureRef f when facts.Figure.Length == 0: Add(facts, f.Figure); break;
            case Arg.OfDepartment d when facts.Department.Length == 0: facts.Department = WireName(d.Department); break;
            default: break; // values and limits are in the words; a program switches on the reason
        }
    }

    private static void Add(P.ProblemFacts facts, FigureRef figure) => figure.Match(
        unit => facts.Figure = unit.Field.Path(),
        village =>
        {
            facts.Village = village.Village;
            return facts.Figure = $"{Villages}.{ProtoNames.SnakeCase(village.Field.ToString())}";
        });

    private static string WireName(Core.Attachment1.Department department) => Mapping.EnumMapping.WireName(Mapping.EnumMapping.FromDomain(department));

    /// <summary>The row of "I7", "C2:D2" or "5:5": the digits of its first part.</summary>
    private static int RowOf(string reference)
    {
        var first = reference.Split(':')[0];
        var digits = new string(first.SkipWhile(char.IsLetter).TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
    }
}
