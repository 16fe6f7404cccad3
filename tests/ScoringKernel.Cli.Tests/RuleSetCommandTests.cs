using Xunit;

namespace ScoringKernel.Cli.Tests;

/// <summary>A maintainer's loop on the command line: list two years, verify, diff, assess on the 2016 draft.</summary>
public class RuleSetCommandTests
{
    private static string RuleSets => Path.Combine(CliRun.Root, "specs", "rule-sets");

    [Fact]
    public void Rules_list_with_the_folder_lists_both_years_with_their_digests()
    {
        var run = CliRun.Of("--rule-sets", RuleSets, "rules", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("hengyang-2015  2015  衡贫发[2015]2号 (2015-04-20)", run.Out);
        Assert.Contains("hengyang-2016-draft  2016", run.Out);
        Assert.Contains("INVENTED", run.Out);
    }

    [Fact]
    public void Verify_of_the_2016_draft_proves_or_holds_everything_with_the_seed()
    {
        var run = CliRun.Of("rules", "verify", Path.Combine(RuleSets, "hengyang-2016-draft.yaml"), "--seed", "7", "--cases", "80", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ok   TOTAL_WITHIN_MAXIMUM", run.Out);
        Assert.Contains("held on 20 generated cases (seed 7)", run.Out);
        Assert.Contains("adoptable", run.Out);
    }

    [Fact]
    public void Diff_names_each_changed_parameter_with_its_clause_and_the_effect_on_every_unit()
    {
        var run = CliRun.Of("rules", "diff", Path.Combine(RuleSets, "hengyang-2015.yaml"), Path.Combine(RuleSets, "hengyang-2016-draft.yaml"), "--figures", CliRun.Example);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("附件1-六  village_assistance.investment_short.step: 3 → 2", run.Out);
        Assert.Contains("pass_line: 80 → 85", run.Out);
        Assert.Contains("衡山县", run.Out);
    }

    [Fact]
    public void A_misplaced_key_exits_2_with_file_line_and_column()
    {
        var text = File.ReadAllText(Path.Combine(RuleSets, "hengyang-2015.yaml")).Replace("quotas:\n", "quotas:\n  year: 2015\n");
        var path = CliRun.Temp("misplaced.yaml", text);
        var run = CliRun.Of("rules", "verify", path, "--targets", Path.Combine(CliRun.Root, "specs", "targets-2015.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:32:3: quotas.year: “year”不应写在此处,应写为 year", run.Error);
    }
}
