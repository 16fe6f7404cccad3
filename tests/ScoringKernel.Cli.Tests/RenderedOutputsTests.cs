using ScoringKernel.Application;
using ScoringKernel.Cli.Input;
using ScoringKernel.Files.Notice;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Words;
using Xunit;

namespace ScoringKernel.Cli.Tests;

/// <summary>
/// Every document and table the office reads, for the 2015 example (an assessment, and an evaluation with corrections),
/// drafts and a published notice, and a rule set with three score decimals, held against the dumps in
/// <c>Rendered/</c>: the workbooks cell by cell with their number formats, the notice's .docx text, its HTML, the CSV
/// and the command line's tables. What the documents render from may change; what they show may not without a
/// decision. With SCORINGKERNEL_WRITE_RENDERED=1 the dumps are rewritten first (only for an intended change, said in
/// the commit).
/// </summary>
public class RenderedOutputsTests
{
    private static string FixturePath(string name) => Path.Combine(CliRun.Root, "tests", "ScoringKernel.Cli.Tests", "Rendered", name);

    public static TheoryData<string> Names() => [.. Outputs.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_output_is_the_one_rendered_before(string name)
    {
        var actual = Outputs[name]();
        if (Environment.GetEnvironmentVariable("SCORINGKERNEL_WRITE_RENDERED") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FixturePath(name))!);
            File.WriteAllText(FixturePath(name), actual);
        }
        Assert.Equal(System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(FixturePath(name))), actual);
    }

    private static readonly Dictionary<string, Func<string>> Outputs = new()
    {
        ["assess-2015.table.txt"] = () => Out("assess", CliRun.Example),
        ["assess-2015.table-en.txt"] = () => Out("assess", CliRun.Example, "--lang", "en"),
        ["assess-2015.csv"] = () => Out("assess", CliRun.Example, "--format", "csv"),
        ["assess-2015.result-xlsx.txt"] = () => RenderedOutputs.Workbook(Written("result.xlsx", "assess", CliRun.Example, "--format", "xlsx")),
        ["assess-2015.notice.html"] = () => Html(Written("notice.html", "report", CliRun.Example)),
        ["assess-2015.notice-docx.txt"] = () => RenderedOutputs.Docx(Written("notice.docx", "report", CliRun.Example, "--format", "docx")),
        ["explain-2015-430426.txt"] = () => Out("explain", CliRun.Example, "430426"),
        ["explain-2015-430423.txt"] = () => Out("explain", CliRun.Example, "430423"),
        ["evaluate-2015.table.txt"] = () => Out("evaluate", CliRun.Evaluation),
        ["evaluate-2015.table-en.txt"] = () => Out("evaluate", CliRun.Evaluation, "--lang", "en"),
        ["evaluate-2015.csv"] = () => Out("evaluate", CliRun.Evaluation, "--format", "csv"),
        ["evaluate-2015.evaluation-xlsx.txt"] = () => RenderedOutputs.Workbook(Written("evaluation.xlsx", "evaluate", CliRun.Evaluation, "--format", "xlsx")),
        ["evaluate-2015.notice.html"] = () => Html(Written("notice.html", "report", CliRun.Evaluation)),
        ["evaluate-2015.notice-docx.txt"] = () => RenderedOutputs.Docx(Written("notice.docx", "report", CliRun.Evaluation, "--format", "docx")),
        ["explain-evaluation-2015-430482.txt"] = () => Out("explain", CliRun.Evaluation, "430482"),
        ["explain-evaluation-2015-430406.txt"] = () => Out("explain", CliRun.Evaluation, "430406"),
        ["draft-2015.results-xlsx.txt"] = () => RenderedOutputs.Workbook(Documents.DraftResults()),
        ["draft-2015.evaluation-xlsx.txt"] = () => RenderedOutputs.Workbook(Documents.DraftEvaluation()),
        ["draft-2015.notice-docx.txt"] = () => RenderedOutputs.Docx(Documents.Notice(Documents.Draft)),
        ["draft-2015.notice.html"] = () => Documents.NoticeHtml(Documents.Draft),
        ["published-2015.notice-docx.txt"] = () => RenderedOutputs.Docx(Documents.Notice(Documents.Published)),
        ["published-2015.notice.html"] = () => Documents.NoticeHtml(Documents.Published),
        ["decimals3-2017.table.txt"] = () => Out17("assess", RuleSetFollowedTests.Request(CliRun.Example)),
        ["decimals3-2017.csv"] = () => Out17("assess", RuleSetFollowedTests.Request(CliRun.Example), "--format", "csv"),
        ["decimals3-2017.result-xlsx.txt"] = () => RenderedOutputs.Workbook(Written17("result.xlsx", "assess", RuleSetFollowedTests.Request(CliRun.Example), "--format", "xlsx")),
        ["decimals3-2017.evaluation-xlsx.txt"] = () => RenderedOutputs.Workbook(Written17("evaluation.xlsx", "evaluate", RuleSetFollowedTests.Request(CliRun.Evaluation), "--format", "xlsx")),
        ["decimals3-2017.evaluate-table.txt"] = () => Out17("evaluate", RuleSetFollowedTests.Request(CliRun.Evaluation)),
        ["decimals3-2017.notice.html"] = () => Html(Written17("notice.html", "report", RuleSetFollowedTests.Request(CliRun.Evaluation))),
        ["decimals3-2017.notice-docx.txt"] = () => RenderedOutputs.Docx(Written17("notice.docx", "report", RuleSetFollowedTests.Request(CliRun.Example), "--format", "docx")),
        ["decimals3-2017.explain-430406.txt"] = () => Out17("explain", RuleSetFollowedTests.Request(CliRun.Evaluation), "430406"),
    };

    /// <summary>The kernel's version is the build's, not the rendering's.</summary>
    private static string Out(params string[] args) => Checked(CliRun.Of(args)).Out.Replace($"kernel {Application.Scoring.CanonicalInputs.KernelVersion}", "kernel {version}");

    private static string Out17(params string[] args) => Out(["--rule-sets", RuleSetFollowedTests.Folder, .. args]);

    private static byte[] Written(string file, params string[] args)
    {
        var path = Path.Combine(Path.GetDirectoryName(CliRun.Temp("x", ""))!, file);
        Checked(CliRun.Of([.. args, "--out", path]));
        return File.ReadAllBytes(path);
    }

    private static byte[] Written17(string file, params string[] args) => Written(file, ["--rule-sets", RuleSetFollowedTests.Folder, .. args]);

    private static string Html(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    private static CliRun Checked(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }

    /// <summary>The documents a round serves, written by the files' writers as RoundDocuments calls them: a draft, and a published notice.</summary>
    private static class Documents
    {
        private static readonly ScoringApi Scoring = new(RuleSetCatalog.Embedded);

        public static readonly NoticeIssue Draft = NoticeIssue.Unissued with { Draft = true };

        public static readonly NoticeIssue Published =
            new NoticeIssue("衡贫发〔2016〕3号", new DateOnly(2016, 2, 1), Draft: false) { ChainHead = string.Concat(Enumerable.Repeat("0123456789abcdef", 4)) };

        private static Application.Scoring.Evaluated Evaluation()
        {
            var (request, _) = Requests.Evaluate(CliRun.Evaluation, null, null, Language.ZhCn);
            return Scoring.EvaluatedOf(request).Match(r => r, f => throw new InvalidOperationException(f.ToString()));
        }

        private static NoticeBasis Basis => Scoring.NoticeBasis("hengyang-2015")!;

        public static byte[] DraftResults()
        {
            var e = Evaluation();
            return ResultWorkbook.Write(e.Rules, e.Result.Assessment, e.Resolved, Basis, NoticeIssue.DraftMark);
        }

        public static byte[] DraftEvaluation()
        {
            var e = Evaluation();
            return EvaluationWorkbook.Write(e.Rules, e.Result, e.Resolved, Basis, NoticeIssue.DraftMark);
        }

        public static byte[] Notice(NoticeIssue issue)
        {
            var e = Evaluation();
            return NoticeDocument.Write(e.Rules, e.Result.Assessment, Basis, e.Result, issue);
        }

        public static string NoticeHtml(NoticeIssue issue)
        {
            var e = Evaluation();
            return NoticeReport.Render(e.Rules, e.Result.Assessment, e.Resolved, Basis, e.Result, issue);
        }
    }
}
