using ScoringKernel.TestSupport;
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
        Assert.Equal(0, Round(a, "publish", "--digest", Digest, "--notice-number", "衡贫发〔2016〕3号", "--issued-on", "2016-03-15").ExitCode);

        var file = Path.Combine(dir, "round-2015.json");
        var exported = Round(a, "export", "--output", file);
        Assert.Equal(0, exported.ExitCode);
        Assert.Contains(Digest, exported.Out);
        Assert.Equal(0, Round(b, "import", file).ExitCode);
        Assert.Contains($"inputs sha256 {Digest}", Round(b, "evaluate").Out);
        Assert.Equal(Round(a, "status").Out.Split('\n')[0], Round(b, "status").Out.Split('\n')[0]);
        Assert.Contains("Published", Round(b, "status").Out);
        // An unsigned export restores as its importer's: the same events in the same order, recorded at the import's time.
        Assert.Equal(WithoutTimes(Round(a, "history").Out), WithoutTimes(Round(b, "history").Out));

        // And into a fresh PostgreSQL database (a server of its own on loopback): the same round, the same digest.
        using var postgres = new TestSupport.PostgresServer();
        var pg = $"postgres:{postgres.CreateDatabase("cli")}";
        var moved = Round(pg, "import", file);
        Assert.True(moved.ExitCode == 0, moved.Error);
        Assert.Contains($"inputs sha256 {Digest}", Round(pg, "evaluate").Out);
        Assert.Equal(WithoutTimes(Round(a, "history").Out), WithoutTimes(Round(pg, "history").Out));
        Assert.Contains("Published", Round(pg, "status").Out);
    }

    private static string WithoutTimes(string history) =>
        System.Text.RegularExpressions.Regex.Replace(history, @"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z", "<time>");

    [Fact]
    public void A_figures_workbook_imports_all_twelve_units_and_one_bad_cell_imports_nothing_naming_the_cell()
    {
        var dir = Path.GetDirectoryName(CliRun.Temp("x", ""))!;
        CliRun Round(string store, params string[] args) => CliRun.Of(["round", "--store", store, .. args]);
        var good = Path.Combine(dir, "figures.xlsx");
        Assert.Equal(0, CliRun.Of("figures", CliRun.Example, "--out", good).ExitCode);

        // The good workbook: one transaction, the twelve units' self-evaluations, nothing missing.
        var a = $"sqlite:{Path.Combine(dir, "good.db")}";
        Assert.Equal(0, Round(a, "open").ExitCode);
        var imported = Round(a, "import", good);
        Assert.True(imported.ExitCode == 0, imported.Error);
        var status = Round(a, "status").Out;
        Assert.StartsWith("rounds/2015  etag 13  Open", status);
        Assert.DoesNotContain("自评 —", status);
        Assert.Equal(12, status.Split('\n').Count(l => l.Contains("自评 v1", StringComparison.Ordinal)));
        var evaluated = Round(a, "evaluate");
        Assert.True(evaluated.ExitCode == 0, evaluated.Error);
        Assert.Contains("inputs sha256", evaluated.Out);

        // One bad cell: nothing imported, the cell named by sheet and reference, the unit and the column, in Chinese.
        var bad = Path.Combine(dir, "bad.xlsx");
        File.Copy(good, bad);
        var column = WorkbookCells.ColumnOf(bad, "单位指标", "危房改造户数(户)");
        WorkbookCells.SetCell(bad, "单位指标", $"{column}7", number: "-5");
        var b = $"sqlite:{Path.Combine(dir, "bad.db")}";
        Assert.Equal(0, Round(b, "open").ExitCode);
        var before = Round(b, "history").Out;
        var refused = Round(b, "import", bad);
        Assert.Equal(2, refused.ExitCode);
        var name = WorkbookCells.NameOnRow(bad, 7);
        Assert.Contains($"单位指标!{column}7", refused.Error);
        Assert.Contains(name, refused.Error);
        Assert.Contains(ScoringKernel.Words.Labels.FigureInClause(ScoringKernel.Core.Figures.FigureField.HouseholdsRenovated), refused.Error);
        Assert.Contains("不能为负数(填写了 -5)", refused.Error);
        Assert.Equal(before, Round(b, "history").Out);
        Assert.StartsWith("rounds/2015  etag 1  Open", Round(b, "status").Out);
    }
}
