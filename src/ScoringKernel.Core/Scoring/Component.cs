using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring;

/// <summary>
/// One component of an indicator's rule ("减贫率每减少一个百分点扣1分" is 一's reduction_rate): its wire name, and its
/// sentence from the regulation rendered with the parameters in force. Each indicator defines its components once,
/// beside its rule; explanations, margins and the catalog refer to them, never to their names.
/// </summary>
public sealed class Component(Indicator indicator, string key, Func<RuleSet, RateKind, string> words)
{
    /// <summary>
    /// The sentence depends only on the rule set and the kind, and an explanation reads it for every line: rendered once
    /// per rule set (which is immutable) and kind. A rule set a scenario made is another instance, with its own entry.
    /// </summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleSet, string?[]> rendered = new();

    public Indicator Indicator { get; } = indicator;

    /// <summary>The name a deduction line carries on the wire (<c>reduction_rate</c>).</summary>
    public string Key { get; } = key;

    /// <summary>The regulation's sentence for this component under <paramref name="rules"/>, in the words for a unit of <paramref name="kind"/>.</summary>
    public string Words(RuleSet rules, RateKind kind)
    {
        var byKind = rendered.GetValue(rules, static _ => new string?[2]);
        // Two threads may both render a missing sentence; they render the same string, so either may be kept.
        return byKind[(int)kind] ??= words(rules, kind);
    }

    public override string ToString() => Key;
}
