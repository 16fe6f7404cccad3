using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using Google.Rpc;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Files.Workbooks;
using Xunit;

namespace ScoringKernel.Server.Tests;

public sealed partial class RoundOfficeHttpTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public async Task The_rounds_documents_are_its_approved_evaluation_under_its_number_and_date_and_drafts_before_approval()
    {
        // Nothing to serve: no round, then a round with no evaluation yet.
        var (noRound, none) = await FailedGet("/v1/rounds/2015/documents/notice.docx");
        Assert.Equal(HttpStatusCode.NotFound, noRound);
        Assert.Equal("ROUND_DOCUMENT_UNAVAILABLE", Detail<ErrorInfo>(none).Reason);
        Assert.Equal("没有 2015 年度的考核,无法生成文件", Detail<LocalizedMessage>(none).Message);
        await grpc.OpenRoundAsync(new OpenRoundRequest { Year = 2015 });
        var (notYet, unevaluated) = await FailedGet("/v1/rounds/2015/documents/results.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, notYet);
        Assert.Equal((int)Code.FailedPrecondition, unevaluated.Code);
        Assert.Equal("ROUND_DOCUMENT_UNAVAILABLE", Detail<ErrorInfo>(unevaluated).Reason);
        Assert.Equal((int)Code.NotFound, (await FailedGet("/v1/rounds/2015/documents/notice.pdf")).Item2.Code);

        // The example's sources, and a year-end finding that lowers 衡东县: the round is no longer the file.
        await grpc.ImportRoundAsync(new ImportRoundRequest { Year = 2015, Evaluation = Examples.Evaluation });
        await grpc.RecordFindingAsync(new RecordFindingRequest
        {
            Year = 2015, FindingId = "YE-1", UnitCode = Hengdong, Inspector = "王检查",
            Finding = new Finding { Figure = new FigureRef { Field = FigureField.HouseholdsRenovated }, Value = "0", Check = CheckKind.YearEnd, Date = "2015-12-20", Note = "入户核查:危房改造未实施" },
        });

        // Before approval: every document a draft, marked on every page.
        var draft = await Get("/v1/rounds/2015/documents/results.xlsx");
        Assert.Contains("draft", draft.FileName);
        Assert.All(Parts(draft.Bytes, "xl/worksheets/"), sheet => Assert.Contains(Mark, sheet));
        Assert.Contains(Mark, Assert.Single(Parts((await Get("/v1/rounds/2015/documents/notice.docx")).Bytes, "word/header")));
        var draftHtml = System.Text.Encoding.UTF8.GetString((await Get("/v1/rounds/2015/documents/notice.html")).Bytes);
        Assert.Contains("class=\"draft-mark\"", draftHtml);
        Assert.DoesNotContain("链头", draftHtml);

        // 报送截止, 审定, 通报 under its 文号 and 印发日期.
        await grpc.CloseSubmissionsAsync(new CloseSubmissionsRequest { Year = 2015 });
        var approved = (await grpc.EvaluateRoundAsync(new EvaluateRoundRequest { Year = 2015 })).Evaluation;
        var digest = approved.Stamp.InputSha256;
        await grpc.ApproveRoundAsync(new ApproveRoundRequest { Year = 2015, EvaluationDigest = digest });
        var missingNumber = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => grpc.PublishNoticeAsync(new PublishNoticeRequest { Year = 2015, EvaluationDigest = digest, IssuedOn = "2016-03-15" }).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, missingNumber.StatusCode);
        var badDate = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => grpc.PublishNoticeAsync(new PublishNoticeRequest { Year = 2015, EvaluationDigest = digest, NoticeNumber = "衡贫发〔2016〕3号", IssuedOn = "2016-3-15" }).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, badDate.StatusCode);
        var published = await grpc.PublishNoticeAsync(new PublishNoticeRequest { Year = 2015, EvaluationDigest = digest, NoticeNumber = "衡贫发〔2016〕3号", IssuedOn = "2016-03-15" });
        Assert.Equal(("衡贫发〔2016〕3号", "2016-03-15"), (published.Round.Publication.NoticeNumber, published.Round.Publication.IssuedOn));
        var history = await grpc.ListRoundEventsAsync(new ListRoundEventsRequest { Year = 2015 });
        var notice = history.Entries.Last();
        Assert.Equal(("衡贫发〔2016〕3号", "2016-03-15"), (notice.Event.NoticePublished.NoticeNumber, notice.Event.NoticePublished.IssuedOn));
        Assert.Contains("衡贫发〔2016〕3号,2016年3月15日印发", notice.Summary);

        // The file alone evaluates 衡东县 otherwise: the documents below can only be the round's.
        var file = await new ScoringService.ScoringServiceClient(channel).EvaluateAsync(Examples.Evaluation);
        Assert.NotEqual(Total(file.Assessment, Hengdong), Total(approved.Assessment, Hengdong));

        // The result workbook: every unit's total on 指标得分 is the approved one; no draft mark left.
        var results = await Get("/v1/rounds/2015/documents/results.xlsx");
        Assert.Equal("2015-results.xlsx", results.FileName);
        Assert.All(Parts(results.Bytes, "xl/worksheets/"), sheet => Assert.DoesNotContain("草稿", sheet));
        var scores = Sheet(results.Bytes, "指标得分");
        Assert.Equal(approved.Assessment.ScoreCards.Count, scores.Count);
        foreach (var card in approved.Assessment.ScoreCards)
            Assert.Equal(Round2(card.Total), Round2(scores[card.UnitCode]["总分"]));

        // The evaluation workbook: 自评 and 核定 totals per unit, and 衡东县's correction with the finding's note.
        var evaluation = await Get("/v1/rounds/2015/documents/evaluation.xlsx");
        var both = Sheet(evaluation.Bytes, "自评与核定");
        foreach (var u in approved.Units)
        {
            Assert.Equal(Round2(u.SelfEvaluated.Total), Round2(both[u.UnitCode]["自评总分"]));
            Assert.Equal(Round2(u.Evaluated.Total), Round2(both[u.UnitCode]["核定总分"]));
        }
        Assert.Contains("入户核查:危房改造未实施", both[Hengdong]["核定依据"]);

        // The notice: its number and date, every ranked unit's approved total, both totals of the comparison.
        var docx = await Get("/v1/rounds/2015/documents/notice.docx");
        var body = XDocument.Parse(Assert.Single(Parts(docx.Bytes, "word/document.xml")));
        var paragraphs = body.Descendants(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))).ToList();
        Assert.Contains("衡贫发〔2016〕3号", paragraphs);
        Assert.Contains("2016年3月15日", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("X号", StringComparison.Ordinal) || p.Contains("X月", StringComparison.Ordinal));
        Assert.Empty(Parts(docx.Bytes, "word/header"));
        var rows = body.Descendants(W + "tr").Select(r => r.Elements(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value))).ToList()).ToList();
        foreach (var u in approved.Assessment.Groups.SelectMany(g => g.Units))
            Assert.Contains(rows, r => r.Count == 5 && r[1] == u.Name && r[2] == u.Total);
        foreach (var u in approved.Units)
            Assert.Contains(rows, r => r.Count == 5 && r[0] == u.Name && r[1] == u.SelfEvaluated.Total && r[2] == u.Evaluated.Total);

        // The chain head the publication stands on, the one VerifyRound recomputes: printed shortened, whole in the properties.
        var verified = await grpc.VerifyRoundAsync(new VerifyRoundRequest { Year = 2015 });
        Assert.True(verified.Intact);
        Assert.Equal(published.Round.Publication.ChainHead, verified.ChainHead);
        Assert.Contains($"历史记录链头(SHA-256):{verified.ChainHead[..16]}…", paragraphs);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx.Bytes), false))
            Assert.Equal(verified.ChainHead, word.PackageProperties.Identifier);

        var html = System.Text.Encoding.UTF8.GetString((await Get("/v1/rounds/2015/documents/notice.html")).Bytes);
        Assert.DoesNotContain("draft-mark", html);
        Assert.Contains("衡贫发〔2016〕3号", html);
        Assert.Contains($"data-chain-head=\"{verified.ChainHead}\"", html);
        Assert.Contains($"历史记录链头(SHA-256):{verified.ChainHead[..16]}…", html);
        Assert.Contains($"data-unit=\"{Hengdong}\" data-total=\"{Total(approved.Assessment, Hengdong)}\"", html);
    }

    private const string Mark = "草稿(未经领导小组审定)";

    private static string Total(Assessment a, string unit) => a.ScoreCards.Single(c => c.UnitCode == unit).Total;

    private static decimal Round2(string exact) => Math.Round(decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture), 2);

    private async Task<(byte[] Bytes, string FileName)> Get(string path)
    {
        using var response = await http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "");
    }

    private async Task<(HttpStatusCode, Google.Rpc.Status)> FailedGet(string path) => await Failed(await http.GetAsync(path));

    /// <summary>The text of every part of the package whose name starts with <paramref name="prefix"/>.</summary>
    private static List<string> Parts(byte[] package, string prefix)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        return zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => { using var r = new StreamReader(e.Open()); return r.ReadToEnd(); }).ToList();
    }

    /// <summary>A result sheet read back: per unit code (column 代码), each header's cell text.</summary>
    private static Dictionary<string, Dictionary<string, string>> Sheet(byte[] workbook, string name)
    {
        var sheet = SheetReader.Read(workbook).Match(s => s, p => throw new InvalidOperationException(p.ToString()))[name];
        var headers = sheet.Rows.Single(r => r.Row == 1).Cells.Values.ToDictionary(c => c.Reference.TrimEnd('1'), c => c.Text);
        return sheet.Rows.Where(r => r.Row > 1).Select(r => r.Cells.Values.ToDictionary(c => headers[new string(c.Reference.TakeWhile(char.IsAsciiLetter).ToArray())], c => c.Text))
            .ToDictionary(r => r["代码"]);
    }
}
