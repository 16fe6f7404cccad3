using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Files.RuleSets;
using static LanguageExt.Prelude;

namespace ScoringKernel.Application;

/// <summary>
/// A rule set together with its target table, the document it comes from and the SHA-256 of its file (which every
/// result's stamp names). <paramref name="File"/> is the file as read: its positions, readings and stated maximum.
/// </summary>
public sealed record RuleSetEntry(RuleSet Rules, TargetTable Targets, RuleSetFile File)
{
    public string Sha256 => File.Sha256;

    public static RuleSetEntry Of(LoadedRuleSet loaded) => new(loaded.File.Rules, loaded.Targets, loaded.File);
}

/// <summary>The rule sets a server or the command line holds. An empty id means the default.</summary>
public sealed record RuleSetCatalog(Seq<RuleSetEntry> Entries, string DefaultId)
{
    /// <summary>The embedded 2015 rule set, read from <c>specs/rule-sets/hengyang-2015.yaml</c> (a resource) with the embedded Attachment 2.</summary>
    public static readonly RuleSetCatalog Embedded = new(Seq1(RuleSetEntry.Of(RuleSetLoader.Embedded)), RuleSetLoader.Embedded.File.Rules.Id);

    public Option<RuleSetEntry> Find(string? id) =>
        Entries.Find(e => e.Rules.Id == (string.IsNullOrEmpty(id) ? DefaultId : id));

    /// <summary>The rule sets whose <c>year</c> (the assessment year they apply to) is <paramref name="year"/>, in the catalog's order.</summary>
    public Seq<RuleSetEntry> ForYear(int year) => Entries.Filter(e => e.Rules.Year == year).Strict();

    /// <summary>The digest of the file a rule set id was read from ("" for one the catalog does not hold).</summary>
    public string Sha256(string id) => Find(id).Map(e => e.Sha256).IfNone("");

    /// <summary>
    /// The embedded rule set and every <c>*.yaml</c> of <paramref name="directory"/> beside it. A file that does not read,
    /// fails a check at load (an error), or repeats an id with other bytes is refused, with its problems, each told
    /// <c>FILE:LINE:COLUMN</c> by the caller; a file that is the embedded one byte for byte is the embedded one.
    /// </summary>
    public static Either<Seq<(string File, Problem Problem)>, (RuleSetCatalog Catalog, Seq<(string File, TableIssue Warning)> Warnings)> WithFolder(string directory)
    {
        var problems = new List<(string, Problem)>();
        var warnings = new List<(string, TableIssue)>();
        var entries = Embedded.Entries.ToList();
        var from = new Dictionary<string, string>(StringComparer.Ordinal) { [Embedded.DefaultId] = "(embedded)" };
        foreach (var (path, loaded) in RuleSetLoader.Folder(directory))
            loaded.Match(
                l =>
                {
                    if (!l.Errors.IsEmpty) { problems.AddRange(l.Errors.Map(e => (path, e.Problem))); return; }
                    var existing = entries.Find(e => e.Rules.Id == l.File.Rules.Id);
                    if (existing is not null)
                    {
                        if (existing.Sha256 != l.File.Sha256)
                            problems.Add((path, Problem.Of(new RuleSetReason.DuplicateId(l.File.Rules.Id, from[l.File.Rules.Id], path)).Under(new Step.Parameter("id"))));
                        return;
                    }
                    warnings.AddRange(l.Warnings.Map(w => (path, w)));
                    entries.Add(RuleSetEntry.Of(l));
                    from[l.File.Rules.Id] = path;
                },
                ps => problems.AddRange(ps.Map(p => (path, p))));
        return problems.Count > 0
            ? Left<Seq<(string, Problem)>, (RuleSetCatalog, Seq<(string, TableIssue)>)>(problems.ToSeq().Strict())
            : Right<Seq<(string, Problem)>, (RuleSetCatalog, Seq<(string, TableIssue)>)>((new RuleSetCatalog(entries.ToSeq().Strict(), Embedded.DefaultId), warnings.ToSeq().Strict()));
    }
}
