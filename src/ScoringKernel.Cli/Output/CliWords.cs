using System.Globalization;
using ScoringKernel.Core.Targets;
using ScoringKernel.Wire;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Output;

/// <summary>How the command line names the wire's grades, groups and policies of a scenario's answer (the words module's labels, and the wire word beside), and a table issue in the chosen language.</summary>
public static class CliWords
{
    public static string Grade(P.Grade grade) => EnumMapping.GradeOf(grade).Match(g => Labels.Grade(g), () => "?");

    public static string Group(P.AssessmentGroup group) => EnumMapping.ToDomain(group, new Core.Problems.Step.Wire("group")).Match(g => Labels.Group(g), _ => "?");

    public static string Policy(P.UnitPolicy policy) => policy switch
    {
        P.UnitPolicy.Proportional => "proportional",
        P.UnitPolicy.WholeUnits => "whole_units",
        P.UnitPolicy.StartedUnits => "started_units",
        _ => "unspecified",
    };

    public static string Rank(int rank) => rank == 0 ? "—" : rank.ToString(CultureInfo.InvariantCulture);

    /// <summary>A table issue or warning as the chosen language reads it: the wire's path and English, or the office's sentence.</summary>
    public static string Issue(TableIssue issue, Language language) =>
        language == Language.En ? $"{ProblemPaths.Of(issue.Problem)}: {ProblemWords.Description(issue.Problem)}" : ProblemWords.Sentence(issue.Problem, language);
}
