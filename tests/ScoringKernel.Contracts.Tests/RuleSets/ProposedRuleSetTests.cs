using LanguageExt;
using ScoringKernel.Application.RuleSets;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Files.RuleSets;
using ScoringKernel.Words;
using Xunit;
using Xunit.Abstractions;
using static LanguageExt.Prelude;

namespace ScoringKernel.Contracts.Tests.RuleSets;

/// <summary>
/// Proposed rule sets, each with the verdict a maintainer should get: the 2015 file proves or holds everything; a
/// standard of 30 fails the total's range with a unit over 100; a quota of 4 in a group of 3 fails; a negative rate
/// fails monotonicity with a counterexample; a zero step and a misplaced key are refused at load.
/// </summary>
public class ProposedRuleSetTests(ITestOutputHelper output)
{
    private const ulong Seed = 20150420;

    private static string With(string from, string to)
    {
        var text = RuleSetFileTests.Text2015;
        Assert.Contains(from, text);
        return text.Replace(from, to);
    }

    /// <summary>Three districts of the 2015 table (no total row) and all its counties.</summary>
    private static TargetTable ThreeDistricts()
    {
        var districts = EmbeddedTargets.Table2015.Units.Filter(u => u.Kind == UnitKind.District).Take(3).Map(u => u.Code).ToList();
        var rows = EmbeddedTargets.Table2015.Rows.Filter(r => r.Kind != RowKind.Total && (r.Kind != RowKind.District || districts.Contains(r.Code)));
        return TargetTable.Create(rows.Strict()).Match(t => t, ps => throw new Xunit.Sdk.XunitException(string.Join("; ", ps)));
    }

    private Seq<InvariantVerdict> Verify(string yaml, TargetTable? table = null)
    {
        var file = RuleSetYaml.Read(yaml).Match(f => f, ps => throw new Xunit.Sdk.XunitException(string.Join("; ", ps)));
        var verdicts = RuleSetVerifier.Verify(file.Rules, file.MaximumTotal, table ?? EmbeddedTargets.Table2015, 200, Seed);
        foreach (var v in verdicts)
        {
            output.WriteLine(InvariantWords.Sentence(v, Language.ZhCn));
            output.WriteLine(InvariantWords.Sentence(v, Language.En));
        }
        return verdicts;
    }

    private static Verdict Of(Seq<InvariantVerdict> verdicts, Invariant invariant) => verdicts.Find(v => v.Invariant == invariant).Map(v => v.Verdict).IfNone(() => throw new Xunit.Sdk.XunitException("no verdict"));

    [Fact]
    public void The_2015_rule_set_proves_or_holds_every_invariant()
    {
        var verdicts = Verify(RuleSetFileTests.Text2015);
        Assert.Equal(Enum.GetValues<Invariant>(), verdicts.Map(v => v.Invariant));
        Assert.DoesNotContain(verdicts, v => v.Verdict.IsFailed);
        Assert.IsType<Verdict.Proved>(Of(verdicts, Invariant.ScoreWithinStandard));
        Assert.IsType<Verdict.Proved>(Of(verdicts, Invariant.TotalWithinMaximum));
        Assert.IsType<Verdict.Proved>(Of(verdicts, Invariant.MonotoneInFigures));
        var held = Assert.IsType<Verdict.Held>(Of(verdicts, Invariant.OneGradePerUnit));
        Assert.Equal((50, Seed), (held.Cases, held.Seed));
    }

    [Fact]
    public void A_standard_of_30_fails_the_totals_range_with_a_unit_over_100()
    {
        var verdicts = Verify(With("  standard: 20                  # 分\n  completion_target_percent", "  standard: 30                  # 分\n  completion_target_percent"));
        Assert.IsType<Verdict.Failed>(Of(verdicts, Invariant.StandardsSumMaximum));
        var failed = Assert.IsType<Verdict.Failed>(Of(verdicts, Invariant.TotalWithinMaximum));
        Assert.True(failed.Example.Total > 100m, $"total {failed.Example.Total}");
        Assert.True(failed.Example.Unit.IsSome);
        var en = InvariantWords.Sentence(new InvariantVerdict(Invariant.TotalWithinMaximum, failed), Language.En);
        Assert.Contains("totals 1", en);
        Assert.Contains("outside [0, 100]", en);
    }

    [Fact]
    public void A_quota_of_4_in_a_group_of_3_fails()
    {
        var verdicts = Verify(With("  districts_class_1: 2", "  districts_class_1: 4"), ThreeDistricts());
        var failed = Assert.IsType<Verdict.Failed>(Of(verdicts, Invariant.QuotaWithinGroup));
        Assert.Equal((4m, 3, Some(AssessmentGroup.Districts)), (failed.Example.Score, failed.Example.Count, failed.Example.Group));
        Assert.Equal("区组只有 3 个单位,一类名额却为 4;六(一)规定一类、二类共同分配本组单位", InvariantWords.Example(Invariant.QuotaWithinGroup, failed.Example, Language.ZhCn, UnitNames.Embedded));
    }

    [Fact]
    public void A_negative_rate_fails_monotonicity_with_a_shrunk_counterexample()
    {
        var verdicts = Verify(With("    step: 1                     # percentage points\n    deduction: 1                # 分\n  no_dynamic_management",
            "    step: 1                     # percentage points\n    deduction: -1               # 分\n  no_dynamic_management"));
        var failed = Assert.IsType<Verdict.Failed>(Of(verdicts, Invariant.MonotoneInFigures));
        var (field, from, to) = failed.Example.Change.IfNone(() => throw new Xunit.Sdk.XunitException("no change"));
        Assert.True(to > from);
        Assert.True(failed.Example.ScoreAfter < failed.Example.Score);
        Assert.Equal(Some(Core.Attachment1.Indicator.PovertyReduction), failed.Example.Clause);
        // Shrunk: at most the one figure that is moved differs from meeting the unit's targets.
        Assert.True(failed.Example.Figures.Count <= 1, string.Join(", ", failed.Example.Figures));
        Assert.Contains("得分却从", InvariantWords.Example(Invariant.MonotoneInFigures, failed.Example, Language.ZhCn, UnitNames.Embedded));
        Assert.IsType<Verdict.Failed>(Of(verdicts, Invariant.ScoreWithinStandard));
        _ = field;
    }

    [Fact]
    public void A_zero_step_is_refused_at_load()
    {
        var problems = RuleSetYaml.Read(With("  implementation_short:         # 扶贫工作制度落实情况每减少5%扣0.5分\n    step: 5", "  implementation_short:         # 扶贫工作制度落实情况每减少5%扣0.5分\n    step: 0"))
            .Match(_ => throw new Xunit.Sdk.XunitException("read"), ps => ps);
        var p = Assert.Single(problems);
        Assert.IsType<ValueReason.NotPositive>(p.Reason);
        Assert.Contains(p.At.Steps, s => s is Step.Parameter { Path: "work_systems.implementation_short.step" });
    }

    [Fact]
    public void A_misplaced_key_is_refused_with_its_line_and_column()
    {
        var yaml = With("work_systems:\n  clause: 附件1-十", "work_systems:\n  clause: 附件1-十\n  no_poverty_day: 2");
        var p = Assert.Single(RuleSetYaml.Read(yaml).Match(_ => throw new Xunit.Sdk.XunitException("read"), ps => ps));
        Assert.IsType<RuleSetReason.MisplacedKey>(p.Reason);
        var line = yaml.Split('\n').ToList().FindIndex(l => l == "  no_poverty_day: 2") + 1;
        Assert.Contains(p.At.Steps, s => s == new Step.YamlPosition(line, 3));
        Assert.Equal("key 'no_poverty_day' does not belong here; it is social_investment.no_poverty_day", ProblemWords.Message(p, Language.En));
    }

    [Fact]
    public void The_load_checks_refuse_what_verification_then_explains()
    {
        var file = RuleSetYaml.Read(With("  districts_class_1: 2", "  districts_class_1: 4")).Match(f => f, _ => throw new Xunit.Sdk.XunitException("read"));
        var loaded = RuleSetLoader.Checked(file, ThreeDistricts());
        var error = Assert.Single(loaded.Errors);
        Assert.IsType<RuleSetReason.QuotaOverGroup>(error.Problem.Reason);
        Assert.Contains(error.Problem.At.Steps, s => s is Step.YamlPosition);
    }
}
