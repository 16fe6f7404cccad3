using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

/// <summary>
/// What each reason says, in the office's Chinese and in English, from its own named values: one visitor per language
/// (<see cref="ZhReasonWords"/>, <see cref="EnReasonWords"/>, an area's words in <c>Reasons/*ReasonWords.cs</c>). The
/// English is what the wire's <c>description</c> has always said (integrators' tests may match it); the Chinese is what
/// the office reads. A reason without its words in either language does not compile.
/// </summary>
public static class ReasonWords
{
    /// <summary>What <paramref name="reason"/> says in <paramref name="language"/>.</summary>
    public static string Say(Reason reason, Language language, UnitNames names) => language switch
    {
        Language.ZhCn => reason.Accept(new ZhReasonWords(names)),
        Language.En => reason.Accept(new EnReasonWords(names)),
    };

    /// <summary>Reasons whose words already say where (the unit and the figure or column): a sentence gives them without a place in front.</summary>
    public static bool NamesItsPlace(Reason reason) =>
        reason is TargetReason.YearEndNotBaselineLessReduction or TargetReason.ReductionCountDiffers or TargetReason.TotalNotSum
            or EvaluationReason.MisusedYetCompliant or EvaluationReason.DeliveredAbovePledged;
}
