using Xunit;

namespace ScoringKernel.Cli.Tests;

/// <summary>
/// Folders, files and stores the command line is given that it cannot use: exit 2, one message in Chinese and English
/// naming the option (or the file) and the value, no stack trace.
/// </summary>
public class StartupMistakeTests
{
    [Fact]
    public void A_rule_set_folder_that_is_not_there_is_named_in_both_languages()
    {
        var run = CliRun.Of("--rule-sets", "nosuchdir", "rules", "list");
        Refused(run, "--rule-sets nosuchdir", "找不到这个文件夹", "no such folder");
        Assert.Contains(Path.GetFullPath("nosuchdir"), run.Error);
    }

    [Fact]
    public void A_figures_file_that_is_not_there_is_named_in_both_languages()
    {
        var run = CliRun.Of("assess", "nosuch.json");
        Refused(run, "nosuch.json", "找不到这个文件", "no such file");
    }

    [Fact]
    public void A_figures_file_that_is_a_folder_is_named()
    {
        var run = CliRun.Of("assess", CliRun.Root);
        Refused(run, CliRun.Root, "不是文件", "not a file");
    }

    [Fact]
    public void A_store_setting_that_names_no_store_is_named()
    {
        var run = CliRun.Of("round", "--store", "rounds.txt", "status", "--year", "2015");
        Refused(run, "--store rounds.txt", "不是事件存储的写法", "not an event store setting");
    }

    [Fact]
    public void A_store_that_cannot_be_created_is_named()
    {
        var run = CliRun.Of("round", "--store", $"sqlite:{CliRun.Example}/rounds.db", "status", "--year", "2015");
        Refused(run, "--store", "打不开事件存储", "cannot open the event store");
    }

    private static void Refused(CliRun run, string named, string chinese, string english)
    {
        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains(named, StringComparison.Ordinal) && l.Contains(chinese, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(named, StringComparison.Ordinal) && l.Contains(english, StringComparison.Ordinal));
        Assert.DoesNotContain((run.Out + run.Error).Split('\n'), l => l.StartsWith("   at ", StringComparison.Ordinal));
    }
}
