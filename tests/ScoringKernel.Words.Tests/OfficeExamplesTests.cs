using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using Xunit;
using static LanguageExt.Prelude;

namespace ScoringKernel.Words.Tests;

/// <summary>The office's own wording, as issue 22 gives it, from the typed problems the kernel raises.</summary>
public class OfficeExamplesTests
{
    [Fact]
    public void A_negative_budget_is_said_with_the_unit_the_clause_and_the_measure()
    {
        var problem = new Problem(new ValueReason.Negative(-5m), Place.Of(new Step.UnitEntry(11, UnitCode.Known("430482")), new Step.FigureOf(FigureField.OwnBudgetWan)));
        Assert.Equal("常宁市 · 附件1-九 本级财政预算安排(万元):不能为负数(填写了 -5)", ProblemWords.Sentence(problem));
        Assert.Equal("must not be negative (got -5)", ProblemWords.Description(problem));
    }

    [Fact]
    public void A_reduction_count_off_its_rate_is_a_hint_that_changes_no_score()
    {
        var issue = TargetTableCheck.Validate(EmbeddedTargets.Table2015).Find(i => i.Problem.Reason is TargetReason.ReductionCountDiffers { Unit.Value: "430406" })
            .IfNone(() => throw new InvalidOperationException("雁峰区 has a warning in the 2015 table"));
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal("雁峰区:减贫人数 325 与 2014年底贫困人口 1963 × 16.5% = 323.9 相差 1.1 人(提示,不影响评分)", ProblemWords.Sentence(issue.Problem));
        Assert.Equal("雁峰区 (430406): reduction count 325 differs from baseline 1963 × rate 16.5 % = 323.895 by more than one person", ProblemWords.Description(issue.Problem));
    }
}
