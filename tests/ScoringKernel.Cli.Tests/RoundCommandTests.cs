using Xunit;

namespace ScoringKernel.Cli.Tests;

/// <summary>The whole year through the command line, on SQLite files: open, import, evaluate, approve, publish, export, import elsewhere.</summary>
public class RoundCommandTests
{
    /// <summary>The example evaluation's digest: the stateless Evaluate of the same sources (one code path, the same stamp).</summary>
    private const string Digest = "efd714fe72bbf8c017e941d7843d4a602608a9204940a7e1849beaf314120714";

    [Fact]
    public void The_year_of_the_evaluation_example_round_trips_through_an_export_to_the_same_digest()
    {
        var dir = Path.GetDirectoryName(CliRun.Temp("x", ""))!;
        var a = $"sqlite:{Path.Combine(dir, "a.db")}";
        var b = $"sqlite:{Path.Combine(dir, "b.db")}";
        CliRun Round(string store, params string[] args) => CliRun.Of(["round", "--store", store, .. args]);

        Assert.Equal(0, Round(a, "open").ExitCode);
        Assert.Equal(0, Round(a, "import", CliRun.Evaluation).ExitCode);
        var evaluated = Round(a, "evaluate");
        Assert.Equal(0, evaluated.ExitCode);
        Assert.Contains($"inputs sha256 {Digest}", evaluated.Out);

        var stale = Round(a, "approve", "--digest", new string('0', 64));
        Assert.NotEqual(0, stale.ExitCode);
        Assert.Equal(0, Round(a, "approve", "--digest", Digest).ExitCode);
        var twice = Round(a, "approve", "--digest", Digest);
        Assert.NotEqual(0, twice.ExitCode);
        Assert.Contains("不能重复审定", twice.Error + twice.Out);
        Assert.Equal(0, Round(a, "publish", "--digest", Digest).ExitCode);

        var file = Path.Combine(dir, "round-2015.json");
        var exported = Round(a, "export", "--output", file);
        Assert.Equal(0, exported.ExitCode);
        Assert.Contains(Digest, exported.Out);
        Assert.Equal(0, Round(b, "import", file).ExitCode);
        Assert.Contains($"inputs sha256 {Digest}", Round(b, "evaluate").Out);
        Assert.Equal(Round(a, "status").Out.Split('\n')[0], Round(b, "status").Out.Split('\n')[0]);
        Assert.Contains("Published", Round(b, "status").Out);
        Assert.Equal(Round(a, "history").Out, Round(b, "history").Out);
    }
}
