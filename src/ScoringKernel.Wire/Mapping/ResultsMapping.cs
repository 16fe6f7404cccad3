using LanguageExt;
using ScoringKernel.Words;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire.Mapping;

/// <summary>Domain results → wire. Cannot fail. Scores and totals carry exactly the rule set's decimals; other decimals are exact.</summary>
public static class ResultsMapping
{
    /// <summary>The assessment on the wire; with an <paramref name="explainer"/> every indicator score carries its lines.</summary>
    public static P.Assessment FromDomain(Assessment assessment, RuleSet rules, Option<Explainer> explainer, Language language)
    {
        var wire = new P.Assessment
        {
            RuleSetId = assessment.RuleSetId,
            RuleSetVersion = assessment.RuleSetVersion,
            UnitPolicy = EnumMapping.FromDomain(rules.Policy),
        };
        // Plain loops for cards, scores and lines: Seq.Map is lazy, and its enumerators cost an Assess ~30 % of mapping back.
        foreach (var card in assessment.Cards) wire.ScoreCards.Add(FromDomain(card, rules, explainer));
        wire.Groups.AddRange(assessment.Groups.Map(g => FromDomain(g, rules.ScoreDecimals)));
        wire.TableIssues.AddRange(assessment.TableIssues.Map(i => TargetsMapping.FromDomain(i, language)));
        wire.ConsistencyWarnings.AddRange(assessment.ConsistencyWarnings.Map(i => TargetsMapping.FromDomain(i, language)));
        foreach (var unit in assessment.Criticised) wire.CriticisedUnitCodes.Add(unit.Value);
        return wire;
    }

    public static P.ScoreCard FromDomain(ScoreCard card, RuleSet rules, Option<Explainer> explainer)
    {
        var wire = new P.ScoreCard
        {
            UnitCode = card.Unit.Value,
            Name = card.Name,
            Kind = EnumMapping.FromDomain(card.Kind),
            Group = EnumMapping.FromDomain(card.Group),
            Total = DecimalParsing.Format(card.Total, rules.ScoreDecimals),
            FundsMisused = card.FundsMisused,
            Qualified = rules.Passes(card.Total),
        };
        foreach (var score in card.Indicators) wire.IndicatorScores.Add(FromDomain(card, score, rules.ScoreDecimals, explainer));
        return wire;
    }

    private static P.IndicatorScore FromDomain(ScoreCard card, IndicatorScore score, int decimals, Option<Explainer> explainer)
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
            RawDeductionWritten = score.ExactRawDeduction.WrittenIfNotFinite(),
            DeductionWritten = score.ExactDeduction.WrittenIfNotFinite(),
            UnroundedScoreWritten = score.ExactUnrounded.WrittenIfNotFinite(),
        };
        if (explainer.Case is Explainer e)
            foreach (var line in e.Lines(card.Unit, score.Indicator)) wire.Lines.Add(FromDomain(line));
        return wire;
    }

    private static P.DeductionLine FromDomain(DeductionLine line) => new()
    {
        Indicator = EnumMapping.FromDomain(line.Indicator),
        ClauseId = line.ClauseId,
        Component = line.Component.Key,
        Subject = line.Subject,
        Words = line.Words,
        Measure = EnumMapping.FromDomain(line.Measure),
        Target = DecimalParsing.Format(line.Target.ToDecimal()),
        Actual = DecimalParsing.Format(line.Actual.ToDecimal()),
        Shortfall = DecimalParsing.Format(line.Shortfall.ToDecimal()),
        Step = DecimalParsing.Format(line.Step),
        Steps = DecimalParsing.Format(line.Steps.ToDecimal()),
        PerStep = DecimalParsing.Format(line.PerStep),
        Deduction = DecimalParsing.Format(line.Deduction.ToDecimal()),
        ActualWritten = line.Actual.WrittenIfNotFinite(),
        ShortfallWritten = line.Shortfall.WrittenIfNotFinite(),
        StepsWritten = line.Steps.WrittenIfNotFinite(),
        DeductionWritten = line.Deduction.WrittenIfNotFinite(),
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
