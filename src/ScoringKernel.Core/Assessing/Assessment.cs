using LanguageExt;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Assessing;

/// <summary>
/// Every unit's score card (by unit code), each group's ranking, what the target table's check reported, the
/// warnings on units' figures that contradict each other (scored as given, never silently), and the units the notice
/// criticises (通报批评).
/// </summary>
public sealed record Assessment(
    string RuleSetId,
    string RuleSetVersion,
    Seq<ScoreCard> Cards,
    Seq<GroupRanking> Groups,
    Seq<TableIssue> TableIssues,
    Seq<TableIssue> ConsistencyWarnings,
    Seq<UnitCode> Criticised)
{
    /// <summary>
    /// 四: "考核评分低于80分的为不合格单位,予以通报批评". Every unit whose total is below the pass line, by unit code,
    /// whether or not it also lost its ranking (a disqualified unit below 80 is criticised too).
    /// </summary>
    public static Seq<UnitCode> CriticisedOf(RuleSet rules, IEnumerable<ScoreCard> cardsByCode) =>
        cardsByCode.Where(c => !rules.Passes(c.Total)).Select(c => c.Unit).ToSeq().Strict();
}
