using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Problems;

/// <summary>
/// One value a reason carries, as an argument of any kind (<see cref="Reason.Args"/>): what a program reads from any
/// problem without knowing its case (the unit, the figure, the department of <c>ProblemFacts</c>). The words never read
/// these: each language renders a reason from its own named fields.
/// </summary>
public abstract record Arg
{
    private Arg() { }

    /// <summary>A number as given or computed (a figure, a limit, a rate).</summary>
    public sealed record Number(decimal Value) : Arg;

    /// <summary>Text someone typed (a cell, a name, a JSON value), shown quoted and shortened.</summary>
    public sealed record Typed(string Text) : Arg;

    /// <summary>A name the wire or a file format uses (an enum value, a JSON type, a header): shown as it is in every language.</summary>
    public sealed record Code(string Text) : Arg;

    public sealed record OfUnit(UnitCode Unit) : Arg;

    public sealed record OfFigure(FigureField Field) : Arg;

    /// <summary>A figure as a source or a finding names it: one of the unit's, or a village's by name.</summary>
    public sealed record OfFigureRef(FigureRef Figure) : Arg;

    public sealed record OfIndicator(Indicator Indicator) : Arg;

    public sealed record OfDepartment(Department Department) : Arg;

    public sealed record OfSource(Source Source) : Arg;

    /// <summary>A target a scenario can set (Attachment 2's columns and the rule set's constants).</summary>
    public sealed record OfTarget(TargetField Field) : Arg;

    public sealed record OfKind(UnitKind Kind) : Arg;

    public sealed record OfGroup(AssessmentGroup Group) : Arg;

    /// <summary>Another place of the same request (the other source that disagrees), in the words of a place.</summary>
    public sealed record OfPlace(Place Place) : Arg;

    /// <summary>A column of the target table (Attachment 2).</summary>
    public sealed record OfColumn(TargetColumn Column) : Arg;

    /// <summary>Several departments, as "组织部、扶贫办".</summary>
    public sealed record Departments(LanguageExt.Seq<Department> Values) : Arg;

    /// <summary>Several units, each named by the words (常宁市、衡东县) as the table names it.</summary>
    public sealed record Units(LanguageExt.Seq<UnitCode> Values) : Arg;

    public static implicit operator Arg(decimal value) => new Number(value);
    public static implicit operator Arg(int value) => new Number(value);
    public static implicit operator Arg(long value) => new Number(value);
    public static implicit operator Arg(UnitCode unit) => new OfUnit(unit);
    public static implicit operator Arg(FigureField field) => new OfFigure(field);
    public static implicit operator Arg(Department department) => new OfDepartment(department);
}
