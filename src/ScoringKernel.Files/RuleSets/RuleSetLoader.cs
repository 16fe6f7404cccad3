using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using static LanguageExt.Prelude;

namespace ScoringKernel.Files.RuleSets;

/// <summary>A rule-set file read, its target table, and what the checks at load found (each at its key's line and column).</summary>
public sealed record LoadedRuleSet(RuleSetFile File, TargetTable Targets, Seq<TableIssue> Issues)
{
    public Seq<TableIssue> Errors => Issues.Filter(i => i.Severity == Severity.Error);
    public Seq<TableIssue> Warnings => Issues.Filter(i => i.Severity == Severity.Warning);
}

/// <summary>
/// Loads rule sets: the embedded 2015 file (<c>specs/rule-sets/hengyang-2015.yaml</c>, a resource of this assembly) and
/// any folder of <c>*.yaml</c> files, each with the target table its <c>targets</c> key names (relative to the file).
/// </summary>
public static class RuleSetLoader
{
    public const string EmbeddedResource = "ScoringKernel.Files.RuleSets.hengyang-2015.yaml";

    private static readonly Lazy<byte[]> embeddedBytes = new(() =>
    {
        using var stream = typeof(RuleSetLoader).Assembly.GetManifestResourceStream(EmbeddedResource)
            ?? throw new InvalidOperationException($"resource {EmbeddedResource} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The embedded file's bytes, as shipped in specs/rule-sets/hengyang-2015.yaml.</summary>
    public static byte[] EmbeddedBytes => embeddedBytes.Value;

    private static readonly Lazy<LoadedRuleSet> embedded = new(() =>
        RuleSetYaml.Read(EmbeddedBytes)
            .Map(file => Checked(file, EmbeddedTargets.Table2015))
            .Match(
                l => l.Errors.IsEmpty ? l : throw new InvalidOperationException("embedded rule set fails its checks: " + string.Join("; ", l.Errors)),
                ps => throw new InvalidOperationException("embedded rule set does not read: " + string.Join("; ", ps))));

    /// <summary>The embedded 2015 rule set, read from its file, with the embedded Attachment 2.</summary>
    public static LoadedRuleSet Embedded => embedded.Value;

    /// <summary>The checks at load of a file read, against a target table; each problem placed at its key's position.</summary>
    public static LoadedRuleSet Checked(RuleSetFile file, TargetTable targets) =>
        new(file, targets, RuleSetChecks.Check(file.Rules, file.MaximumTotal, targets).Map(i => i with { Problem = file.At(i.Problem) }).Strict());

    /// <summary>
    /// A file from disk and its target table (<paramref name="targetsPath"/> if given, else the file's <c>targets</c>
    /// beside it). Problems of reading are refused; the checks' findings are in the result (errors among them refuse adoption).
    /// </summary>
    public static Validation<Problem, LoadedRuleSet> Load(string path, string? targetsPath = null) =>
        RuleSetYaml.Read(System.IO.File.ReadAllBytes(path)).Bind(file =>
        {
            var tablePath = targetsPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", file.TargetsFile);
            return Targets(tablePath, file).Map(t => Checked(file, t));
        });

    /// <summary>A rule set given as text (a request's YAML) with a table given, or the file's own table looked up by <paramref name="tables"/>.</summary>
    public static Validation<Problem, LoadedRuleSet> FromText(string yaml, Func<RuleSetFile, Validation<Problem, TargetTable>> tables) =>
        RuleSetYaml.Read(yaml).Bind(file => tables(file).Map(t => Checked(file, t)));

    private static Validation<Problem, TargetTable> Targets(string path, RuleSetFile file)
    {
        if (!System.IO.File.Exists(path))
            return Validation<Problem, TargetTable>.Fail(Seq1(file.At(Problem.Of(new RuleSetReason.TargetsUnreadable(file.TargetsFile, "no such file")).Under(new Step.Parameter("targets")))));
        return TargetTableCsv.Parse(System.IO.File.ReadAllText(path))
            .MapFail(p => p.Under(new Step.Wire(Path.GetFileName(path))));
    }

    /// <summary>Every <c>*.yaml</c> of a folder, in name order, each loaded (or its problems).</summary>
    public static Seq<(string Path, Validation<Problem, LoadedRuleSet> Loaded)> Folder(string directory) =>
        toSeq(Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal)).Map(p => (p, Load(p))).Strict();
}
