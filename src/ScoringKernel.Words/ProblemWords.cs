using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

/// <summary>
/// A problem as a person reads it. <see cref="Message"/> is what is wrong (为负数…), <see cref="Sentence"/> adds where
/// (常宁市 · 附件1-九 本级财政预算安排(万元):不能为负数(填写了 -5)). Wire adds the proto path for integrators.
/// </summary>
public static class ProblemWords
{
    public static string Message(Problem problem, Language language = Languages.Default, UnitNames? names = null) =>
        ReasonWords.Say(problem.Reason, language, names ?? UnitNames.Embedded);

    public static string Place(Problem problem, Language language = Languages.Default, UnitNames? names = null) =>
        PlaceWords.Say(problem.At, language, names ?? UnitNames.Embedded);

    /// <summary>The place as the sentence says it before its colon: empty when the reason's own words name it.</summary>
    public static string PlaceBeforeMessage(Problem problem, Language language = Languages.Default, UnitNames? names = null) =>
        ReasonWords.NamesItsPlace(problem.Reason) ? "" : Place(problem, language, names);

    /// <summary>Place and message: "常宁市 · 附件1-九 本级财政预算安排(万元):不能为负数(填写了 -5)"; "… : must not be negative (got -5)".</summary>
    public static string Sentence(Problem problem, Language language = Languages.Default, UnitNames? names = null)
    {
        var place = PlaceBeforeMessage(problem, language, names);
        var message = Message(problem, language, names);
        return place.Length == 0 ? message : language == Language.ZhCn ? $"{place}:{message}" : $"{place}: {message}";
    }

    /// <summary>
    /// The English words the wire's <c>description</c> carries beside the field path: the message, after whatever part of
    /// the place the path cannot say (a file's line, a sweep point's value), and before a JSON text's line and column.
    /// </summary>
    public static string Description(Problem problem, UnitNames? names = null)
    {
        var message = Message(problem, Language.En, names);
        // Where in a JSON text: after the message, as the JSON reader has always said it.
        foreach (var step in problem.At.Steps)
            if (step is Step.JsonPosition p) message = $"{message} (line {p.Line}, column {p.Column})";
        var unsaid = new Place(problem.At.Steps.Filter(s => s is Step.SweepValue or Step.FileLine or Step.Cell or Step.YamlPosition));
        return unsaid.IsWhole ? message : $"{PlaceWords.Say(unsaid, Language.En, names ?? UnitNames.Embedded)}: {message}";
    }
}
