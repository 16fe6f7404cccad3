using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Round;

/// <summary>
/// What the comprehensive evaluation reads from a round. The round's evaluation is
/// <c>Evaluator.Evaluate(rules, table, Submissions(state))</c>, and only when <see cref="Missing"/> is empty: the
/// evaluation needs every unit's self-evaluation, so the caller refuses to evaluate before then (with the units missing).
/// </summary>
public static class RoundSources
{
    /// <summary>
    /// Per unit with a self-evaluation, in the round's order: its latest self-evaluation, each department's latest set
    /// (in the closed list's order) and its active findings (in the order they were recorded).
    /// </summary>
    public static Seq<UnitSubmission> Submissions(RoundState state)
    {
        var active = state.ActiveFindings;
        return state.Units
            .Choose(u => u.LatestSelfEvaluation.Map(self => new UnitSubmission(
                self.Figures,
                u.LatestDepartmentFigures.Map(d => d.Figures).Strict(),
                active.Filter(f => f.Unit == u.Unit).Map(f => f.Finding).Strict())))
            .Strict();
    }

    /// <summary>The round's units that have no self-evaluation yet, in the round's order.</summary>
    public static Seq<UnitCode> Missing(RoundState state) =>
        state.Units.Filter(u => u.SelfEvaluations.IsEmpty).Map(u => u.Unit).Strict();
}
