using System.Globalization;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Output;

/// <summary>How the command line and the notice name the wire's grades, groups and kinds: the words module's labels, and the wire word beside.</summary>
public static class CliWords
{
    public static string Grade(P.Grade grade) => EnumMapping.GradeOf(grade).Match(g => Labels.Grade(g), () => "?");

    public static string GradeWord(P.Grade grade) => grade switch
    {
        P.Grade.Class1 => "class_1",
        P.Grade.Class2 => "class_2",
        P.Grade.Unqualified => "unqualified",
        P.Grade.Disqualified => "disqualified",
        _ => "unspecified",
    };

    public static string Group(P.AssessmentGroup group) => EnumMapping.ToDomain(group, new Core.Problems.Step.Wire("group")).Match(g => Labels.Group(g), _ => "?");

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

    /// <summary>"附件1-四" for the wire's indicator.</summary>
    public static string Clause(P.Indicator indicator) => EnumMapping.IndicatorOf(indicator).Match(i => Labels.Clause(i), () => "?");

    /// <summary>A table issue or warning as the chosen language reads it: the wire's path and English, or the office's sentence.</summary>
    public static string Issue(P.TableIssue issue, Language language) =>
        language == Language.En || issue.LocalizedMessage is null ? $"{issue.Field}: {issue.Message}" : issue.LocalizedMessage.Message;

    public static string Severity(P.Severity severity, Language language) =>
        EnumMapping.SeverityOf(severity).Match(x => Labels.Severity(x, language), () => severity.ToString());
}
