using LanguageExt;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Round;

/// <summary>What the round was opened on: the year, the rule set and target table (by digest), the units it assesses.</summary>
public sealed record RoundOpening(int Year, RuleSetRef RuleSet, string TargetTableDigest, Seq<UnitCode> Units, Actor OpenedBy, DateTimeOffset OpenedAt);
