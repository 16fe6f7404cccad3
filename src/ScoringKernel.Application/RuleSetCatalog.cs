using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using static LanguageExt.Prelude;

namespace ScoringKernel.Application;

/// <summary>A rule set together with the target table embedded with it.</summary>
public sealed record RuleSetEntry(RuleSet Rules, TargetTable Targets);

/// <summary>The rule sets a server or the command line holds. An empty id means the default.</summary>
public sealed record RuleSetCatalog(Seq<RuleSetEntry> Entries, string DefaultId)
{
    public static readonly RuleSetCatalog Embedded = new(Seq1(new RuleSetEntry(Hengyang2015.RuleSet, EmbeddedTargets.Table2015)), Hengyang2015.Id);

    public Option<RuleSetEntry> Find(string? id) =>
        Entries.Find(e => e.Rules.Id == (string.IsNullOrEmpty(id) ? DefaultId : id));
}
