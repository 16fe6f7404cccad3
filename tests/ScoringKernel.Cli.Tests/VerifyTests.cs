using Xunit;

namespace ScoringKernel.Cli.Tests;

public class VerifyTests
{
    private static string StoredResult()
    {
        var run = CliRun.Of("assess", CliRun.Example, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        return CliRun.Temp("result.json", run.Out);
    }

    [Fact]
    public void A_stored_result_verifies()
    {
        var run = CliRun.Of("verify", CliRun.Example, StoredResult());
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("holds: hengyang-2015 v1, kernel 1.0.0, inputs sha256 ", run.Out);
    }

    [Fact]
    public void A_result_does_not_verify_against_a_request_with_a_changed_figure()
    {
        var changed = CliRun.Temp("changed.json", File.ReadAllText(CliRun.Example).Replace("\"householdsRenovated\": 5", "\"householdsRenovated\": 4"));
        var run = CliRun.Of("verify", changed, StoredResult());
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("does not hold: the request's inputs digest to ", run.Out);
    }

    [Fact]
    public void A_result_with_a_changed_number_does_not_verify()
    {
        var tampered = CliRun.Temp("tampered.json", File.ReadAllText(StoredResult()).Replace("\"total\": \"84.59\"", "\"total\": \"85.59\""));
        var run = CliRun.Of("verify", CliRun.Example, tampered);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("衡山县 (430423) total 85.59 stored, 84.59 recomputed", run.Out);
    }
}
