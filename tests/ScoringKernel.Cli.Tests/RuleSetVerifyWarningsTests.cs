using Xunit;

namespace ScoringKernel.Cli.Tests;

/// <summary>
/// Next year's file may drop a yes/no penalty (0) or a whole indicator (standard 0), and may state a maximum other than
/// the regulation's 100: each is adoptable, and <c>scoring rules verify</c> says so.
/// </summary>
public class RuleSetVerifyWarningsTests
{
    private static string Copy(string name, Func<string, string> change)
    {
        var text = change(File.ReadAllText(Path.Combine(CliRun.Root, "specs", "rule-sets", "hengyang-2015.yaml")));
        return CliRun.Temp(name, text);
    }

    private static CliRun Verify(string path) =>
        CliRun.En("rules", "verify", path, "--targets", Path.Combine(CliRun.Root, "specs", "targets-2015.csv"), "--seed", "7", "--cases", "40");

    [Fact]
    public void A_yes_no_penalty_of_zero_is_adoptable_and_said_to_drop_the_requirement()
    {
        var run = Verify(Copy("zero-penalty.yaml", t => t.Replace("no_special_study: 2 ", "no_special_study: 0 ")));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("leadership.no_special_study", run.Out);
        Assert.Contains("this penalty of 附件1-五 is 0: the requirement deducts nothing", run.Out);
        Assert.DoesNotContain("greater than 0", run.Out + run.Error);
        Assert.Contains("adoptable", run.Out);
    }

    [Fact]
    public void A_standard_of_zero_drops_the_indicator_and_a_maximum_other_than_100_is_warned()
    {
        var path = Copy("dropped.yaml", t => t
            .Replace("maximum_total: 100 ", "maximum_total: 95 ")
            .Replace("reading: The implementation rate of the work systems against 100 %, per 5 points short.\n  standard: 5 ",
                     "reading: The implementation rate of the work systems against 100 %, per 5 points short.\n  standard: 0 "));
        var run = Verify(path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("附件1-十 has a standard score of 0: the indicator is dropped (it scores 0 of 0)", run.Out);
        Assert.Contains("the standard scores sum to 95, which is the stated maximum but not the regulation's 100", run.Out);
        Assert.Contains("adoptable", run.Out);
    }

    [Fact]
    public void A_negative_penalty_is_still_refused()
    {
        var run = Verify(Copy("negative.yaml", t => t.Replace("no_special_study: 2 ", "no_special_study: -1 ")));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("a penalty cannot be below 0 (got -1); 0 drops it", run.Out + run.Error);
    }
}
