using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Tests.Support;
using ScoringKernel.Files.RuleSets;
using ScoringKernel.Words;
using Xunit;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Contracts.Tests.RuleSets;

public class RuleSetFileTests
{
    public static string Spec(params string[] parts) => Path.Combine([RepoRoot.Path, "specs", .. parts]);

    public static string Text2015 => File.ReadAllText(Spec("rule-sets", "hengyang-2015.yaml"));

    private static Seq<Problem> Refused(string yaml) =>
        RuleSetYaml.Read(yaml).Match(_ => throw new Xunit.Sdk.XunitException("read"), ps => ps);

    private static (int Line, int Column) Position(Problem p) =>
        p.At.Steps.Find(s => s is Step.YamlPosition).Map(s => ((Step.YamlPosition)s).Line is var l ? (l, ((Step.YamlPosition)s).Column) : default).IfNone((0, 0));

    private static string PathOf(Problem p) => p.At.Steps.Find(s => s is Step.Parameter).Map(s => ((Step.Parameter)s).Path).IfNone("");

    [Fact]
    public void The_2015_file_reads_to_the_oracle_record_exactly()
    {
        var file = RuleSetYaml.Read(File.ReadAllBytes(Spec("rule-sets", "hengyang-2015.yaml"))).Match(f => f, ps => throw new Xunit.Sdk.XunitException(string.Join("; ", ps)));
        // Every number as the code's oracle; the readings are the file's own words, carried on the rule set.
        Assert.Equal(Hengyang2015.RuleSet, file.Rules with { Readings = default });
        Assert.Equal(file.Readings.OrderBy(r => r.Key), file.Rules.Readings.OrderBy(r => r.Key).Select(r => new KeyValuePair<Core.Attachment1.Indicator, string>(r.Key, r.Value)));
        Assert.Equal("衡贫发[2015]2号", file.Document.Number);
        Assert.Equal(new DateOnly(2015, 4, 20), file.Document.Date);
        Assert.False(file.Invented);
        Assert.Equal(100m, file.MaximumTotal);
        Assert.Equal("../targets-2015.csv", file.TargetsFile);
    }

    [Fact]
    public void The_embedded_rule_set_is_the_shipped_file_byte_for_byte()
    {
        Assert.Equal(File.ReadAllBytes(Spec("rule-sets", "hengyang-2015.yaml")), RuleSetLoader.EmbeddedBytes);
        Assert.Equal(Hengyang2015.RuleSet, RuleSetCatalog.Embedded.Find("").Map(e => e.Rules with { Readings = default }).IfNone(() => throw new Xunit.Sdk.XunitException("none")));
        Assert.Empty(RuleSetLoader.Embedded.Issues);
    }

    [Fact]
    public void Every_parameter_of_the_catalog_is_a_key_of_the_file()
    {
        Assert.Equal(RuleParameters.All.Map(p => p.Path).OrderBy(p => p, StringComparer.Ordinal), RuleSetYaml.ParameterPaths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_misplaced_key_is_refused_with_its_path_line_and_column()
    {
        // The pass line written inside the quotas.
        var yaml = Text2015.Replace("quotas:\n  counties_and_cities_class_1: 3", "quotas:\n  pass_line: 80\n  counties_and_cities_class_1: 3");
        var line = yaml.Split('\n').ToList().FindIndex(l => l == "  pass_line: 80") + 1;
        var p = Assert.Single(Refused(yaml));
        Assert.IsType<RuleSetReason.MisplacedKey>(p.Reason);
        Assert.Equal("quotas.pass_line", PathOf(p));
        Assert.Equal((line, 3), Position(p));
        Assert.Equal("“pass_line”不应写在此处,应写为 pass_line", ProblemWords.Message(p, Language.ZhCn));
        Assert.Contains($"line {line}, column 3", ProblemWords.Description(p));
    }

    [Fact]
    public void A_zero_step_is_refused_at_its_key()
    {
        var yaml = Text2015.Replace("  investment_short:             # 扶贫项目投入每少3万元扣0.5分\n    step: 3", "  investment_short:             # 扶贫项目投入每少3万元扣0.5分\n    step: 0");
        var p = Assert.Single(Refused(yaml));
        Assert.IsType<ValueReason.NotPositive>(p.Reason);
        Assert.Equal("village_assistance.investment_short.step", PathOf(p));
        Assert.Equal(11, Position(p).Column); // the value "0" after "    step: "
    }

    [Fact]
    public void Unknown_missing_and_wrongly_written_keys_are_all_told_at_once()
    {
        var yaml = Text2015
            .Replace("pass_line: 80                   # 分", "pass_lien: 80")
            .Replace("  standard: 15                  # 分", "  standard: 15分")
            .Replace("score_decimals: 2 ", "score_decimals: 2.5 ");
        var problems = Refused(yaml);
        Assert.Contains(problems, p => p.Reason is RuleSetReason.UnknownKey && PathOf(p) == "pass_lien");
        Assert.Contains(problems, p => p.Reason is RuleSetReason.MissingKey && PathOf(p) == "pass_line");
        Assert.Contains(problems, p => p.Reason is RuleSetReason.NotANumber && PathOf(p) == "poverty_reduction.standard");
        Assert.Contains(problems, p => p.Reason is ValueReason.NotWhole && PathOf(p) == "score_decimals");
        Assert.All(problems, p => Assert.NotEqual(0, Position(p).Line));
    }

    [Fact]
    public void The_2016_draft_loads_says_it_is_invented_and_changes_what_it_says()
    {
        var loaded = RuleSetLoader.Load(Spec("rule-sets", "hengyang-2016-draft.yaml")).Match(l => l, ps => throw new Xunit.Sdk.XunitException(string.Join("; ", ps)));
        Assert.Empty(loaded.Errors);
        Assert.True(loaded.File.Invented);
        Assert.Equal(2016, loaded.File.Rules.Year);
        Assert.True(loaded.File.Rules.PassLine > Hengyang2015.RuleSet.PassLine);
        Assert.Equal(12, loaded.Targets.Units.Count);
    }
}
