using ScoringKernel.Core.Targets;

namespace ScoringKernel.Core.Targets;

/// <summary>Attachment 2 of 衡贫发[2015]2号, embedded from <c>specs/targets-2015.csv</c>.</summary>
public static class EmbeddedTargets
{
    public const string ResourceName = "ScoringKernel.Core.targets-2015.csv";

    private static readonly Lazy<string> csv = new(() =>
    {
        using var stream = typeof(EmbeddedTargets).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<TargetTable> table2015 = new(() =>
        TargetTableCsv.Parse(csv.Value).Match(
            t => t,
            ps => throw new InvalidOperationException("embedded targets-2015.csv does not parse: " + string.Join("; ", ps))));

    public static TargetTable Table2015 => table2015.Value;
}
