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
        v => $"{FigureField.FundsPledgedWan.Path().Split('.')[0]}.villages[{v.Village}].{ProtoNames.SnakeCase(v.Field.ToString())}");
}
