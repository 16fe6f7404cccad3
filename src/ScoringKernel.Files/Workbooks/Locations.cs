using ScoringKernel.Core.Problems;

namespace ScoringKernel.Files.Workbooks;

/// <summary>Where in a workbook a proto field path came from (<c>单位指标!F7</c>): the field's own cell, or its nearest enclosing field's.</summary>
public static class Locations
{
    public static string? Find(IReadOnlyDictionary<string, string> locations, string field)
    {
        var probe = field;
        while (probe.Length > 0)
        {
            if (locations.TryGetValue(probe, out var at)) return at;
            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            probe = cut <= 0 ? "" : probe[..cut];
        }
        return null;
    }

    /// <summary>"单位指标!F7" as the step it is.</summary>
    public static Step.Cell Cell(string location)
    {
        var bang = location.LastIndexOf('!');
        return bang < 0 ? new Step.Cell("", location) : new Step.Cell(location[..bang], location[(bang + 1)..]);
    }

    /// <summary>
    /// A problem found after reading (a negative figure, a unit not in the table) placed at the cell its field came from:
    /// 单位指标!I7(常宁市 · 附件1-四 危房改造户数(户)). A problem already at a cell, or of a field no cell gave, is left as it is.
    /// </summary>
    public static Problem InWorkbook(IReadOnlyDictionary<string, string> locations, Problem problem, IReadOnlyList<string>? unitCodes = null)
    {
        var named = unitCodes is null ? problem : WithUnits(problem, unitCodes);
        return named.At.Steps.Exists(s => s is Step.Cell) || Find(locations, Wire.ProblemPaths.Of(named)) is not { } at
            ? named
            : named.AtPlace(named.At.Under(Cell(at)));
    }

    /// <summary>A unit the checks name by its position only (its figures were refused before its code was read), named by the code its row gives.</summary>
    public static Problem WithUnits(Problem problem, IReadOnlyList<string> unitCodes) =>
        problem.AtPlace(new Place(problem.At.Steps.Map(s => s switch
        {
            Step.UnitEntry { Code: null } u when u.Index < unitCodes.Count && Code(unitCodes[u.Index]) is { } c => new Step.UnitEntry(u.Index, c),
            Step.Submission { Code: null } u when u.Index < unitCodes.Count && Code(unitCodes[u.Index]) is { } c => new Step.Submission(u.Index, c),
            _ => s,
        }).Strict()));

    private static Core.Units.UnitCode? Code(string text) =>
        Core.Units.UnitCode.Create(Step.UnitCodeOf.Instance, text).MatchUnsafe(c => (Core.Units.UnitCode?)c, _ => null); // Match refuses a null result
}
