using Xunit;

namespace ScoringKernel.Cli.Tests;

public class BadInputTests
{
    private static string ExampleWith(Func<string, string> change) => CliRun.Temp("figures.json", change(File.ReadAllText(CliRun.Example)));

    [Fact]
    public void Malformed_json_exits_2_with_line_and_column()
    {
        var path = CliRun.Temp("broken.json", "{\n  \"units\": [\n    { \"unitCode\": \"430423\", }\n  ]\n}\n");
        var run = CliRun.En("assess", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:3:\d+: units\[0\]: malformed JSON: a comma before a closing '}}' or ']' \(trailing comma\): remove it", run.Error);
    }

    [Fact]
    public void An_unknown_unit_exits_2_naming_the_field_and_its_place()
    {
        var path = ExampleWith(t => t.Replace("\"unitCode\": \"430405\"", "\"unitCode\": \"430499\""));
        var run = CliRun.En("assess", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@":\d+:\d+: units\[0\]\.unit_code: unit 430499 is not in the target table", run.Error);
    }

    [Fact]
    public void A_negative_figure_exits_2_with_the_field_path_line_and_column()
    {
        var text = File.ReadAllText(CliRun.Example);
        var at = text.IndexOf("\"householdsRenovated\": 5", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text.LastIndexOf('\n', at);
        var path = ExampleWith(t => t.Replace("\"householdsRenovated\": 5", "\"householdsRenovated\": -5"));

        var run = CliRun.En("assess", path, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains($"{path}:{line}:{column}: units[0].house_renovation.households_renovated: must not be negative (got -5)", run.Error);
    }

    [Fact]
    public void Every_problem_gets_its_own_line()
    {
        var path = ExampleWith(t => t.Replace("\"householdsRenovated\": 5", "\"householdsRenovated\": -5").Replace("\"incomeYuan\": \"3680\"", "\"incomeYuan\": \"3,680\""));
        var run = CliRun.En("assess", path);
        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("units[0].village_income.income_yuan"));
    }

    [Fact]
    public void A_wrong_field_type_exits_2()
    {
        var path = ExampleWith(t => t.Replace("\"householdsRenovated\": 5", "\"householdsRenovated\": \"five\""));
        var run = CliRun.En("assess", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("units[0].house_renovation.households_renovated: expected a 32-bit integer (a JSON number or a string of digits), found the string \"five\"", run.Error);
    }

    [Fact]
    public void A_wrong_csv_header_exits_2()
    {
        var csv = CliRun.Temp("targets.csv", "code,name,kind\n430405,珠晖区,district\n");
        var run = CliRun.En("assess", CliRun.Example, "--targets", csv);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{csv}: line 1: must be exactly 'code,name,kind,baseline_2014", run.Error);
    }

    /// <summary>A clerk names a unit as the office does (found by a clerk's walk: only the code was taken).</summary>
    [Fact]
    public void Explain_takes_a_unit_by_its_name_as_by_its_code()
    {
        var byName = CliRun.Of("explain", CliRun.Example, "衡山县");
        Assert.Equal(0, byName.ExitCode);
        Assert.Equal(CliRun.Of("explain", CliRun.Example, "430423").Out, byName.Out);
        Assert.Contains("430423", byName.Out);
        var evaluated = CliRun.Of("explain", CliRun.Evaluation, "常宁市");
        Assert.Equal(0, evaluated.ExitCode);
        Assert.Equal(CliRun.Of("explain", CliRun.Evaluation, "430482").Out, evaluated.Out);
    }

    [Fact]
    public void A_missing_file_an_unknown_unit_to_explain_and_an_unknown_option_exit_2()
    {
        Assert.Equal(2, CliRun.En("assess", "/nonexistent/figures.json").ExitCode);
        var explain = CliRun.En("explain", CliRun.Example, "430499");
        Assert.Equal(2, explain.ExitCode);
        Assert.Contains("no figures for unit '430499'", explain.Error);
        var zh = CliRun.Of("explain", CliRun.Example, "衡南市");
        Assert.Equal(2, zh.ExitCode);
        Assert.Contains("文件中没有“衡南市”的数据", zh.Error);
        Assert.Contains("430423 衡山县", zh.Error);
        var option = CliRun.En("assess", CliRun.Example, "--colour");
        Assert.Equal(2, option.ExitCode);
        Assert.Contains("--colour", option.Error);
    }

    [Fact]
    public void A_misspelt_field_is_refused_in_the_words_the_server_uses()
    {
        var text = File.ReadAllText(CliRun.Example);
        var at = text.IndexOf("\"fundsMisused\": false", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text.LastIndexOf('\n', at);
        var path = CliRun.Temp("missued.json", text[..at] + "\"fundsMissued\": true" + text[(at + "\"fundsMisused\": false".Length)..]);

        var run = CliRun.En("assess", path);

        Assert.Equal(2, run.ExitCode);
        // The server's field violation for the same body (JsonMistakesTests) is this field and problem, with "(line, column)".
        Assert.Equal($"{path}:{line}:{column}: units[0].fundsMissued: Unknown name \"fundsMissued\" at 'units[0]': Cannot find field. Did you mean \"fundsMisused\"?",
            run.Error.TrimEnd());
    }
}
