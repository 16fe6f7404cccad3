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
    public static Problem InWorkbook(IReadOnlyDictionary<string, string> locations, Problem problem) =>
        problem.At.Steps.Exists(s => s is Step.Cell) || Find(locations, Wire.ProblemPaths.Of(problem)) is not { } at
            ? problem
            : problem.AtPlace(problem.At.Under(Cell(at)));
}
