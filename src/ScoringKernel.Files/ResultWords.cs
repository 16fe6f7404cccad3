using System.Globalization;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using Core = ScoringKernel.Core;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Files;

/// <summary>
/// The wire's result enums named through <see cref="Labels"/> (the one copy of every label): the result and evaluation
/// workbooks, the CSV and the notice read a result off the wire and say it the way the office does.
/// </summary>
public static class ResultWords
{
    public static string Grade(P.Grade grade, Language language = Languages.Default) => grade switch
    {
        P.Grade.Class1 => Labels.Grade(Core.Ranking.Grade.Class1, language),
        P.Grade.Class2 => Labels.Grade(Core.Ranking.Grade.Class2, language),
        P.Grade.Unqualified => Labels.Grade(Core.Ranking.Grade.Unqualified, language),
        P.Grade.Disqualified => Labels.Grade(Core.Ranking.Grade.Disqualified, language),
        _ => "",
    };

    /// <summary>The grade as the wire spells it without its prefix (class_1 …): the CSV's machine column.</summary>
    public static string GradeCode(P.Grade grade) => EnumMapping.WireName(grade)["GRADE_".Length..].ToLowerInvariant();

    public static string Group(P.AssessmentGroup group, Language language = Languages.Default) => group switch
    {
        P.AssessmentGroup.CountiesAndCities => Labels.Group(Core.Units.AssessmentGroup.CountiesAndCities, language),
        P.AssessmentGroup.Districts => Labels.Group(Core.Units.AssessmentGroup.Districts, language),
        _ => "",
    };

    public static string Measure(P.Measure measure, Language language = Languages.Default) => measure switch
    {
        P.Measure.Percent => Labels.Measure(Core.Scoring.Measure.Percent, language),
        P.Measure.Yuan => Labels.Measure(Core.Scoring.Measure.Yuan, language),
        P.Measure.Wan => Labels.Measure(Core.Scoring.Measure.Wan, language),
        P.Measure.Households => Labels.Measure(Core.Scoring.Measure.Households, language),
        P.Measure.Villages => Labels.Measure(Core.Scoring.Measure.Villages, language),
        P.Measure.Flag => Labels.Measure(Core.Scoring.Measure.Flag, language),
        _ => "",
    };

    public static string YesNo(bool yes, Language language = Languages.Default) => Labels.YesNo(yes, language);

    /// <summary>A rank, or — for a unit without one (disqualified).</summary>
    public static string Rank(int rank) => rank == 0 ? "—" : rank.ToString(CultureInfo.InvariantCulture);

    /// <summary>"附件1-四 危房改造户数 48 户 → 44 户(年终考核 2015-12-18:…)".</summary>
    public static string Correction(P.Correction c) =>
        $"{c.Label} {c.ReportedDisplay} → {c.EvaluatedDisplay}({c.Source.Words}{(c.Source.Note.Length > 0 ? ":" + c.Source.Note : "")})";

    /// <summary>What a ranking's 备注 says of a unit: the tie for the Leading Group, the lost ranking, 通报批评.</summary>
    public static string Remark(P.RankedUnit u, bool criticised)
    {
        var parts = new List<string>();
        if (u.TieUnresolved) parts.Add("并列,待领导小组裁定");
        if (u.Grade == P.Grade.Disqualified) parts.Add("违规违纪使用扶贫资金,取消年度考核排序资格");
        if (criticised) parts.Add("低于合格线,通报批评");
        return string.Join(";", parts);
    }

    /// <summary>An exact decimal of the wire as a number, or null when it is none.</summary>
    public static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
}
