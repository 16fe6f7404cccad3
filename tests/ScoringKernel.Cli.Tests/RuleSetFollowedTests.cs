using System.IO.Compression;
using System.Text.RegularExpressions;
using Xunit;

namespace ScoringKernel.Cli.Tests;

/// <summary>
/// Everything around the kernel follows the rule set it scored with: a copy of the 2015 file for 2017, with another
/// document, 3 score decimals and a reading of its own, gives a notice (HTML and .docx) and workbooks that name that
/// document and year and show those decimals, and a catalog (<c>scoring rules</c>, GetRuleSet) with the file's reading.
/// </summary>
public class RuleSetFollowedTests
{
    private const string Reading = "2017 reading: the reduction rate is read against Attachment 2 of 衡贫发[2017]3号.";

    internal static readonly string Folder = WriteRuleSet();

    private static string WriteRuleSet()
    {
        var text = File.ReadAllText(Path.Combine(CliRun.Root, "specs", "rule-sets", "hengyang-2015.yaml"))
            .Replace("id: hengyang-2015", "id: hengyang-2017-test")
            .Replace("year: 2015 ", "year: 2017 ")
            .Replace("number: 衡贫发[2015]2号", "number: 衡贫发[2017]3号")
            .Replace("title: 关于2015年衡阳市精准扶贫工作目标管理考核办法", "title: 关于2017年衡阳市精准扶贫工作目标管理考核办法")
            .Replace("date: 2015-04-20", "date: 2017-03-15")
            .Replace("score_decimals: 2 ", "score_decimals: 3 ")
            .Replace("targets: ../targets-2015.csv", $"targets: {Path.Combine(CliRun.Root, "specs", "targets-2015.csv")}")
            .Replace("""
    The target is the unit's reduction rate in Attachment 2 (16.5 / 16.7 / 17.5 %). The actual rate is persons
    lifted ÷ 2014 poor population × 100; a 2014 population of zero counts as fully met.
""", $"    {Reading}\n");
        Assert.Contains(Reading, text);
        var path = CliRun.Temp("hengyang-2017-test.yaml", text);
        return Path.GetDirectoryName(path)!;
    }

    internal static string Request(string example) =>
        CliRun.Temp(Path.GetFileName(example), File.ReadAllText(example).Replace("\"hengyang-2015\"", "\"hengyang-2017-test\""));

    private static CliRun Run(params string[] args) => CliRun.Of(["--rule-sets", Folder, .. args]);

    [Fact]
    public void Scoring_rules_and_GetRuleSet_show_the_file_reading_and_document()
    {
        var table = Run("rules", "--ruleset", "hengyang-2017-test");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("2017 reading", table.Out);

        var json = Run("rules", "--ruleset", "hengyang-2017-test", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        Assert.Contains(Reading, json.Out);
        Assert.Contains("\"number\":\"衡贫发[2017]3号\"", json.Out);
        Assert.Contains("\"date\":\"2017-03-15\"", json.Out);
        Assert.Contains("\"scoreDecimals\":3", json.Out);
    }

    [Fact]
    public void The_html_notice_names_the_document_and_year_and_shows_three_decimals()
    {
        var out_ = Path.Combine(Folder, "notice.html");
        var run = Run("report", Request(CliRun.Example), "--out", out_);
        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(out_);
        Assert.Contains("<h1>2017年衡阳市精准扶贫工作考核情况通报</h1>", html);
        Assert.Contains("依据《关于2017年衡阳市精准扶贫工作目标管理考核办法》(衡贫发[2017]3号)(衡阳市扶贫开发领导小组 2017-03-15 印发)", html);
        Assert.Contains("考核年度 2017 年", html);
        Assert.DoesNotContain("2015", Regex.Replace(html, "data-[a-z]+=\"[^\"]*\"", ""));
        Assert.Matches("data-total=\"\\d+\\.\\d{3}\"", html);
    }

    [Fact]
    public void The_docx_notice_cites_the_document_in_hexagonal_brackets_and_the_year()
    {
        var out_ = Path.Combine(Folder, "notice.docx");
        var run = Run("report", Request(CliRun.Evaluation), "--out", out_, "--format", "docx");
        Assert.Equal(0, run.ExitCode);
        var text = DocumentText(out_);
        Assert.Contains("根据《关于2017年衡阳市精准扶贫工作目标管理考核办法》(衡贫发〔2017〕3号)", text);
        Assert.Contains("对各县市区2017年度精准扶贫工作进行了综合评定", text);
        Assert.DoesNotContain("衡贫发〔2017〕2号", text);
    }

    [Fact]
    public void The_result_and_evaluation_workbooks_format_scores_with_three_decimals_and_name_the_document()
    {
        var result = Path.Combine(Folder, "result.xlsx");
        Assert.Equal(0, Run("assess", Request(CliRun.Example), "--format", "xlsx", "--out", result).ExitCode);
        var evaluation = Path.Combine(Folder, "evaluation.xlsx");
        Assert.Equal(0, Run("evaluate", Request(CliRun.Evaluation), "--format", "xlsx", "--out", evaluation).ExitCode);

        foreach (var path in new[] { result, evaluation })
        {
            var styles = Part(path, "xl/styles.xml");
            Assert.Contains("formatCode=\"0.000\"", styles);
            Assert.Contains("2017年衡阳市精准扶贫工作", Part(path, "xl/sharedStrings.xml") + AllSheets(path));
            Assert.Contains("衡贫发[2017]3号", Part(path, "xl/sharedStrings.xml") + AllSheets(path));
        }
    }

    private static string DocumentText(string docx) => Regex.Replace(Part(docx, "word/document.xml"), "<[^>]+>", "");

    private static string Part(string zip, string name)
    {
        using var archive = ZipFile.OpenRead(zip);
        var entry = archive.GetEntry(name);
        if (entry is null) return "";
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static string AllSheets(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return string.Concat(archive.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
