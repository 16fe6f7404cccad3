using LanguageExt;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;

namespace ScoringKernel.Core.Assessing;

/// <summary>
/// Every unit's score card (by unit code), each group's ranking, what the target table's check reported, and the
/// warnings on units' figures that contradict each other (scored as given, never silently).
/// </summary>
public sealed record Assessment(
    string RuleSetId,
    string RuleSetVersion,
    Seq<ScoreCard> Cards,
    Seq<GroupRanking> Groups,
    Seq<TableIssue> TableIssues,
    Seq<TableIssue> ConsistencyWarnings);
