namespace ScoringKernel.Files.Workbooks;

/// <summary>Where in a workbook a proto field path came from: the field's own cell, or its nearest enclosing field's.</summary>
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
}
