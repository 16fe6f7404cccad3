using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Assessing;

/// <summary>
/// Figures of one unit that contradict each other. They are scored as given (the regulation scores each figure on its
/// own) and reported beside the table issues, so that nobody reads a contradiction as a number that was checked.
/// </summary>
public static class ConsistencyChecks
{
    /// <summary>The warnings of every unit, placed at the unit in the order the figures were given.</summary>
    public static Seq<TableIssue> Of(Seq<UnitFigures> figures)
    {
        var warnings = Seq<TableIssue>();
        var i = 0;
        foreach (var f in figures)
        {
            var index = i++;
            // Most units have none: nothing is allocated for them.
            if (f.FundsMisused && f.OwnBudget.OtherFundsCompliant || f.VillageAssistance.FundsDeliveredWan > f.VillageAssistance.FundsPledgedWan)
                warnings = warnings + Of(f).Map(w => w.Under(new Step.UnitEntry(index, f.Unit)));
        }
        return warnings;
    }

    public static Seq<TableIssue> Of(UnitFigures f)
    {
        var misuse = f.FundsMisused && f.OwnBudget.OtherFundsCompliant
            ? Seq1(new TableIssue(Severity.Warning, Problem.Of(new EvaluationReason.MisusedYetCompliant(f.Unit)).Under(new Step.FigureOf(FigureField.OtherFundsCompliant))))
            : Seq<TableIssue>();
        var delivered = f.VillageAssistance.FundsDeliveredWan > f.VillageAssistance.FundsPledgedWan
            ? Seq1(new TableIssue(Severity.Warning, Problem.Of(new EvaluationReason.DeliveredAbovePledged(f.Unit, f.VillageAssistance.FundsDeliveredWan, f.VillageAssistance.FundsPledgedWan))
                .Under(new Step.FigureOf(FigureField.FundsDeliveredWan))))
            : Seq<TableIssue>();
        return misuse + delivered;
    }
}
