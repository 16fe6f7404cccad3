using System.Reflection;
using ScoringKernel.Core.Problems;
using ScoringKernel.Wire;
using Xunit;

namespace ScoringKernel.Words.Tests;

/// <summary>C# cannot close a record hierarchy, so this does: every kind of step and argument has words and a path.</summary>
public class PlaceWordsTests
{
    public static TheoryData<string> Steps() => [.. Cases<Step>().Select(t => t.Name)];


    [Theory]
    [MemberData(nameof(Steps))]
    public void Every_kind_of_step_is_said_in_both_languages_and_has_a_path(string name)
    {
        var step = (Step)Instance(Cases<Step>().Single(t => t.Name == name));
        var place = Place.Of(step);
        _ = PlaceWords.Say(place, Language.ZhCn, UnitNames.Embedded);
        _ = PlaceWords.Say(place, Language.En, UnitNames.Embedded);
        _ = ProblemPaths.Of(place);
    }

    private static IEnumerable<Type> Cases<T>() =>
        typeof(T).GetNestedTypes(BindingFlags.Public).Where(t => t.IsSubclassOf(typeof(T)) && !t.IsAbstract);

    /// <summary>A case with plain values for its fields (the singletons by their Instance).</summary>
    private static object Instance(Type type)
    {
        if (type.GetField("Instance", BindingFlags.Public | BindingFlags.Static) is { } single) return single.GetValue(null)!;
        var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return ctor.Invoke(ctor.GetParameters().Select(p => Value(p.ParameterType)).ToArray());
    }

    private static object? Value(Type t) =>
        t == typeof(int) ? 2
        : t == typeof(decimal) ? 12.5m
        : t == typeof(string) ? "石塘村"
        : t == typeof(Core.Units.UnitCode) || t == typeof(Core.Units.UnitCode?) ? Core.Units.UnitCode.Known("430482")
        : t == typeof(Core.Attachment1.Department?) ? Core.Attachment1.Department.FinanceBureau
        : t == typeof(Place) ? Place.Of(new Step.FindingEntry(0))
        : t == typeof(Core.Evaluation.Source) ? new Core.Evaluation.Source.FromDepartment(Core.Attachment1.Department.FinanceBureau)
        : t == typeof(Core.Evaluation.FigureRef) ? new Core.Evaluation.FigureRef.OfUnit(Core.Figures.FigureField.OwnBudgetWan)
        : t == typeof(LanguageExt.Seq<Core.Units.UnitCode>) ? LanguageExt.Prelude.Seq(Core.Units.UnitCode.Known("430482"), Core.Units.UnitCode.Known("430423"))
        : t.IsGenericType && t.GetGenericTypeDefinition() == typeof(LanguageExt.Seq<>) ? LanguageExt.Prelude.Seq1(Core.Attachment1.Department.FinanceBureau)
        : t.IsEnum ? Enum.GetValues(t).GetValue(0)
        : throw new InvalidOperationException($"no sample value of {t.Name}: add one");
}
