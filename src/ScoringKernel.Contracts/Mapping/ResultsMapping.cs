using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Mapping;

/// <summary>Domain results → wire. Cannot fail. Scores and totals carry exactly the rule set's decimals; other decimals are exact.</summary>
public static class ResultsMapping
{
    public static P.Assessment FromDomain(Assessment assessment, RuleSet rules, bool withLines = true)
    {
        var wire = new P.Assessment
        {
            RuleSetId = assessment.RuleSetId,
            RuleSetVersion = assessment.RuleSetVersion,
            UnitPolicy = EnumMapping.FromDomain(rules.Policy),
        };
        wire.ScoreCards.AddRange(assessment.Cards.Map(c => FromDomain(c, rules, withLines)));
        wire.Groups.AddRange(assessment.Groups.Map(g => FromDomain(g, rules.ScoreDecimals)));
        wire.TableIssues.AddRange(assessment.TableIssues.Map(TargetsMapping.FromDomain));
        return wire;
    }

    public static P.ScoreCard FromDomain(ScoreCard card, RuleSet rules, bool withLines = true)
    {
        var wire = new P.ScoreCard
        {
            UnitCode = card.Unit.Value,
            Name = card.Name,
            Kind = EnumMapping.FromDomain(card.Kind),
            Group = EnumMapping.FromDomain(card.Group),
            Total = DecimalParsing.Format(card.Total, rules.ScoreDecimals),
            FundsMisused = card.FundsMisused,
            Qualified = card.Total >= rules.PassLine,
        };
        wire.IndicatorScores.AddRange(card.Indicators.Map(s => FromDomain(s, rules.ScoreDecimals, withLines)));
        return wire;
    }

    private static P.IndicatorScore FromDomain(IndicatorScore score, int decimals, bool withLines)
    {
        var wire = new P.IndicatorScore
        {
            Indicator = EnumMapping.FromDomain(score.Indicator),
            ClauseId = score.ClauseId,
            StandardScore = DecimalParsing.Format(score.Standard),
            RawDeduction = DecimalParsing.Format(score.RawDeduction),
            Capped = score.Capped,
            Deduction = DecimalParsing.Format(score.Deduction),
            UnroundedScore = DecimalParsing.Format(score.Unrounded),
            Score = DecimalParsing.Format(score.Score, decimals),
        };
        if (withLines) wire.Lines.AddRange(score.Lines.Map(FromDomain));
        return wire;
    }

    private static P.DeductionLine FromDomain(DeductionLine line) => new()
    {
        Indicator = EnumMapping.FromDomain(line.Indicator),
        ClauseId = line.ClauseId,
        Component = line.Component,
        Subject = line.Subject,
        Words = line.Words,
        Measure = line.Measure switch
        {
            Measure.Percent => P.Measure.Percent,
            Measure.Yuan => P.Measure.Yuan,
            Measure.Wan => P.Measure.Wan,
            Measure.Households => P.Measure.Households,
            Measure.Villages => P.Measure.Villages,
            Measure.Flag => P.Measure.Flag,
        },
        Target = DecimalParsing.Format(line.Target),
        Actual = DecimalParsing.Format(line.Actual),
        Shortfall = DecimalParsing.Format(line.Shortfall),
        Step = DecimalParsing.Format(line.Step),
        Steps = DecimalParsing.Format(line.Steps),
        PerStep = DecimalParsing.Format(line.PerStep),
        Deduction = DecimalParsing.Format(line.Deduction),
    };

    private static P.GroupRanking FromDomain(GroupRanking group, int decimals)
    {
        var wire = new P.GroupRanking { Group = EnumMapping.FromDomain(group.Group), Class1Quota = group.Class1Quota };
        wire.Units.AddRange(group.Units.Map(u => new P.RankedUnit
        {
            UnitCode = u.Unit.Value,
            Name = u.Name,
            Total = DecimalParsing.Format(u.Total, decimals),
            Rank = u.Rank.IfNone(0),
            Grade = EnumMapping.FromDomain(u.Grade),
            TieUnresolved = u.TieUnresolved,
        }));
        return wire;
    }
}
