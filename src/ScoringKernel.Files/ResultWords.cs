using System.Globalization;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Validation;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;

namespace ScoringKernel.Files;

/// <summary>
/// A result's values as the documents say them: the labels through <see cref="Labels"/> (the one copy of every label),
/// the machine codes as the contract spells them, and the numbers as the contract writes them (a score with exactly the
/// rule set's decimals, any other value exact with no trailing zero). The result and evaluation workbooks, the CSV, the
/// notice and the command line's tables read a domain result and say it the way the office does.
/// </summary>
public static class ResultWords
{
    /// <summary>The grade as the contract spells it without its prefix (class_1 …): the CSV's machine column, the notice's classes.</summary>
    public static string GradeCode(Grade grade) => EnumMapping.WireName(EnumMapping.FromDomain(grade))["GRADE_".Length..].ToLowerInvariant();

    /// <summary>The unit policy as the contract and the command line's --policy spell it (proportional …).</summary>
    public static string PolicyCode(Core.Rules.UnitPolicy policy) => EnumMapping.WireName(EnumMapping.FromDomain(policy))["UNIT_POLICY_".Length..].ToLowerInvariant();

    public static string YesNo(bool yes, Language language = Languages.Default) => Labels.YesNo(yes, language);

    /// <summary>A rank, or — for a unit without one (disqualified).</summary>
    public static string Rank(LanguageExt.Option<int> rank) => rank.Match(r => r.ToString(CultureInfo.InvariantCulture), () => "—");

    /// <summary>A score or total as published: exactly the rule set's <paramref name="decimals"/> ("84.59", "17.50").</summary>
    public static string Score(decimal score, int decimals) => DecimalParsing.Format(score, decimals);

    /// <summary>
    /// A score or total as a workbook's number: the same value and decimals as <see cref="Score"/> (99.50, not 99.5),
    /// the decimals the cell's format shows.
    /// </summary>
    public static decimal ScoreNumber(decimal score, int decimals) =>
        decimal.Round(score, decimals, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)decimals);

    /// <summary>An exact value as a workbook's number, with no trailing zero (16.5, not 16.50): what the contract writes.</summary>
    public static decimal Exact(decimal value)
    {
        while (value.Scale > 0 && decimal.Round(value, value.Scale - 1) == value) value = decimal.Round(value, value.Scale - 1);
        return value;
    }

    /// <summary>The text of a correction's source: the department, or the check and its date (年终考核 2015-12-18).</summary>
    public static string SourceWords(Source source) => Labels.Source(source, Language.ZhCn);

    /// <summary>What a finding noted; nothing for a department's or the unit's own figure.</summary>
    public static string SourceNote(Source source) => source.Match(_ => "", _ => "", f => f.Note);

    /// <summary>"附件1-四 危房改造户数".</summary>
    public static string Label(Correction c) => Labels.FigureRef(c.Figure, Language.ZhCn);

    /// <summary>"48 户", as the unit reported it.</summary>
    public static string ReportedDisplay(Correction c) => Labels.FigureRefValue(c.Figure, c.Reported, Language.ZhCn);

    /// <summary>"44 户", as the evaluation took it.</summary>
    public static string EvaluatedDisplay(Correction c) => Labels.FigureRefValue(c.Figure, c.Evaluated, Language.ZhCn);

    /// <summary>"附件1-四 危房改造户数 48 户 → 44 户(年终考核 2015-12-18:…)".</summary>
    public static string Correction(Correction c) =>
        $"{Label(c)} {ReportedDisplay(c)} → {EvaluatedDisplay(c)}({SourceWords(c.Source)}{(SourceNote(c.Source) is { Length: > 0 } note ? ":" + note : "")})";

    /// <summary>What a ranking's 备注 says of a unit: the tie for the Leading Group, the lost ranking, 通报批评.</summary>
    public static string Remark(RankedUnit u, bool criticised)
    {
        var parts = new List<string>();
        if (u.TieUnresolved) parts.Add("并列,待领导小组裁定");
        if (u.Grade == Grade.Disqualified) parts.Add("违规违纪使用扶贫资金,取消年度考核排序资格");
        if (criticised) parts.Add("低于合格线,通报批评");
        return string.Join(";", parts);
    }
}
