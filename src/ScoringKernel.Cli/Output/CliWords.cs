using System.Globalization;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Output;

/// <summary>How the command line and the notice name grades, groups and kinds, in Chinese with the wire word beside.</summary>
public static class CliWords
{
    public static string Grade(P.Grade grade) => grade switch
    {
        P.Grade.Class1 => "一类",
        P.Grade.Class2 => "二类",
        P.Grade.Unqualified => "不合格",
        P.Grade.Disqualified => "取消排序资格",
        _ => "?",
    };

    public static string GradeWord(P.Grade grade) => grade switch
    {
        P.Grade.Class1 => "class_1",
        P.Grade.Class2 => "class_2",
        P.Grade.Unqualified => "unqualified",
        P.Grade.Disqualified => "disqualified",
        _ => "unspecified",
    };

    public static string Group(P.AssessmentGroup group) => group switch
    {
        P.AssessmentGroup.CountiesAndCities => "县市组",
        P.AssessmentGroup.Districts => "区组",
        _ => "?",
    };

    public static string Policy(P.UnitPolicy policy) => policy switch
    {
        P.UnitPolicy.Proportional => "proportional",
        P.UnitPolicy.WholeUnits => "whole_units",
        P.UnitPolicy.StartedUnits => "started_units",
        _ => "unspecified",
    };

    /// <summary>"附件1-四 危房改造户数 48 户 → 44 户(年终考核 2015-12-18:…)".</summary>
    public static string Correction(P.Correction c) =>
        $"{c.Label} {c.ReportedDisplay} → {c.EvaluatedDisplay}({c.Source.Words}{(c.Source.Note.Length > 0 ? ":" + c.Source.Note : "")})";

    public static string Rank(int rank) => rank == 0 ? "—" : rank.ToString(CultureInfo.InvariantCulture);

    public static string Indicator(P.Indicator indicator) => ((int)indicator) switch
    {
        var n and >= 1 and <= 10 => "一二三四五六七八九十"[n - 1].ToString(),
        _ => "?",
    };
}
