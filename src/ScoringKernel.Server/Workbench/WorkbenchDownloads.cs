using Google.Protobuf;
using Google.Protobuf.Reflection;
using ScoringKernel.Application;
using ScoringKernel.Application.Scoring;
using ScoringKernel.Files.Notice;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Server.Hosting;
using ScoringKernel.Server.HttpJson;
using ScoringKernel.Server.Services;
using ScoringKernel.Wire.Json;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Server.Workbench;

/// <summary>
/// The files the workbench hands back that no RPC writes: the empty figures template, the current figures as a
/// workbook, the evaluation workbook and the notice as a .docx. Each is asked with the request the page holds (an
/// AssessRequest, or with <c>?input=evaluation</c> an EvaluateRequest), read by the server's one JSON reader and
/// checked as Assess/Evaluate check it; a failure is the same google.rpc.Status as the API's, in the caller's language.
/// A file made from figures runs the kernel, so it needs <c>score</c> (its line of the role table), and each such call
/// is logged and measured as an RPC is (<see cref="CallLog.Record"/>): route, status, duration, input digest, client.
/// </summary>
public static class WorkbenchDownloads
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapWorkbenchDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/workbooks/template", () =>
            Results.File(FiguresWorkbook.Template(Core.Targets.EmbeddedTargets.Table2015), Xlsx, "figures-template-2015.xlsx"));
        endpoints.MapPost("/workbench/files/{kind}", Write);
    }

    /// <summary>The files a download may name; any other answers 404 (and is logged under the route's pattern).</summary>
    private static readonly string[] Kinds = ["figures.xlsx", "evaluation.xlsx", "notice.docx"];

    private static async Task Write(HttpContext http, string kind, ScoringApi api, CallLog log)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var route = "POST /workbench/files/" + (Kinds.Contains(kind) ? kind : "{kind}");
        var language = Words.Languages.FromAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString());
        using var memory = new MemoryStream();
        await http.Request.Body.CopyToAsync(memory, http.RequestAborted);
        var evaluation = http.Request.Query["input"] == "evaluation";
        string? digest = null;
        var answer = evaluation
            ? Read<P.EvaluateRequest>(memory).Bind(r => api.EvaluatedOf(r).Map(e => { digest = e.Stamp.InputSha256; return File(kind, api, r, e); }))
            : Read<P.AssessRequest>(memory).Bind(r => api.AssessedOf(r).Map(a => { digest = a.Stamp.InputSha256; return File(kind, api, r, a); }));
        var status = await answer.Match(
            async file =>
            {
                if (file is null) { http.Response.StatusCode = StatusCodes.Status404NotFound; return Grpc.Core.StatusCode.NotFound; }
                http.Response.ContentType = file.Value.ContentType;
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.Value.Name}\"";
                await http.Response.Body.WriteAsync(file.Value.Bytes, http.RequestAborted);
                return Grpc.Core.StatusCode.OK;
            },
            async failure =>
            {
                var refusal = StatusMapping.ToStatus(failure, language);
                await StatusJson.Write(http, refusal, http.RequestAborted);
                return (Grpc.Core.StatusCode)refusal.Code;
            });
        log.Record(route, status, clock.Elapsed, CallLog.ClientOf(http), digest);
    }

    private static LanguageExt.Either<ApiFailure, T> Read<T>(MemoryStream body) where T : IMessage<T>, new() =>
        ProtoJsonReader.Read<T>(body.ToArray(), JsonReading.Strict).Map(r => r.Message).MapLeft(ScoringApi.Invalid);

    /// <summary>The notice's year, document and pass line: the rule set's the assessment was scored with.</summary>
    private static NoticeBasis Basis(ScoringApi api, Core.Rules.RuleSet rules) => api.NoticeBasis(rules.Id) ?? NoticeBasis.Of(rules);

    private static (byte[] Bytes, string ContentType, string Name)? File(string kind, ScoringApi api, P.AssessRequest request, Assessed answer)
    {
        var names = answer.Assessment.Cards.ToDictionary(c => c.Unit.Value, c => c.Name);
        return kind switch
        {
            "figures.xlsx" => (FiguresWorkbook.Write(request, code => names.GetValueOrDefault(code, "")), Xlsx, "figures.xlsx"),
            "notice.docx" => (NoticeDocument.Write(answer.Rules, answer.Assessment, Basis(api, answer.Rules)), Docx, "notice.docx"),
            _ => null,
        };
    }

    private static (byte[] Bytes, string ContentType, string Name)? File(string kind, ScoringApi api, P.EvaluateRequest request, Evaluated answer)
    {
        var names = answer.Result.Units.ToDictionary(u => u.Unit.Value, u => u.Name);
        var a = answer.Result.Assessment;
        return kind switch
        {
            "figures.xlsx" => (FiguresWorkbook.Write(request, code => names.GetValueOrDefault(code, "")), Xlsx, "figures.xlsx"),
            "evaluation.xlsx" => (EvaluationWorkbook.Write(answer.Rules, answer.Result, answer.Resolved, api.NoticeBasis(a.RuleSetId)), Xlsx, "evaluation.xlsx"),
            "notice.docx" => (NoticeDocument.Write(answer.Rules, a, Basis(api, answer.Rules), answer.Result), Docx, "notice.docx"),
            _ => null,
        };
    }
}
