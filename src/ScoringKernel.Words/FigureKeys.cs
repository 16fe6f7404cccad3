using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

/// <summary>
/// How a person reads the place of a figure a source names, in the wire's names: the figure's path within a unit
/// (<c>house_renovation.households_renovated</c>), a village by its name (<c>village_assistance.villages[村002].resident_team</c>).
/// Shown beside corrections and in the English that integrators match; Core names figures by their domain values only.
/// </summary>
public static class FigureKeys
{
    public static string Path(FigureRef figure) => figure.Match(
        u => u.Field.Path(),
        v => $"{VillagesPrefix}[{v.Village}].{ProtoNames.SnakeCase(v.Field.ToString())}");

    /// <summary>The figure a key (<see cref="Path"/>'s form) names, if it names one: an update mask's path.</summary>
    public static Option<FigureRef> Parse(string path)
    {
        foreach (var d in FigureFields.All)
            if (d.Field.Path() == path) return new FigureRef.OfUnit(d.Field);
        if (!path.StartsWith(VillagesPrefix + "[", StringComparison.Ordinal)) return Option<FigureRef>.None;
        var close = path.LastIndexOf("].", StringComparison.Ordinal);
        if (close <= VillagesPrefix.Length + 1) return Option<FigureRef>.None;
        var name = path[(VillagesPrefix.Length + 1)..close];
        var field = path[(close + 2)..];
        foreach (var f in Enum.GetValues<VillageField>())
            if (ProtoNames.SnakeCase(f.ToString()) == field) return new FigureRef.OfVillage(name, f);
        return Option<FigureRef>.None;
    }

    /// <summary>How a key of <see cref="Parse"/> is written, for the words of a path it cannot read.</summary>
    public static string Forms => $"{FigureField.TotalInvestmentWan.Path()}, {VillagesPrefix}[村名].{ProtoNames.SnakeCase(nameof(VillageField.ResidentTeam))}";

    private static string VillagesPrefix => FigureField.FundsPledgedWan.Path().Split('.')[0] + ".villages";
}
