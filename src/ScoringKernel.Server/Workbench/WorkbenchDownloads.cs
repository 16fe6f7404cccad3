using Google.Protobuf;
using Google.Protobuf.Reflection;
using ScoringKernel.Application;
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
/// </summary>
public static class WorkbenchDownloads
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapWorkbenchDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/workbooks/template", () =>
            Results.File(FiguresWorkbook.Template(Core.Targets.EmbeddedTargets.Table2015), Xlsx, "figures-template-2015.xlsx"))
            .RequireAuthorization(Policies.AnyClient);
        endpoints.MapPost("/workbench/files/{kind}", Write).RequireAuthorization(Policies.AnyClient);
    }

    private static async Task Write(HttpContext http, string kind, ScoringApi api)
    {
        var language = Words.Languages.FromAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString());
        using var memory = new MemoryStream();
        await http.Request.Body.CopyToAsync(memory, http.RequestAborted);
        var evaluation = http.Request.Query["input"] == "evaluation";
        var answer = evaluation
            ? Read<P.EvaluateRequest>(memory).Bind(r => api.Evaluate(r, language).Map(e => File(kind, api, r, e)))
            : Read<P.AssessRequest>(memory).Bind(r => api.Assess(r, language).Map(a => File(kind, api, r, a)));
        await answer.Match(
            async file =>
            {
                if (file is null) { http.Response.StatusCode = StatusCodes.Status404NotFound; return; }
                http.Response.ContentType = file.Value.ContentType;
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.Value.Name}\"";
                await http.Response.Body.WriteAsync(file.Value.Bytes, http.RequestAborted);
            },
            failure => StatusJson.Write(http, StatusMapping.ToStatus(failure, language), http.RequestAborted));
    }

    private static LanguageExt.Either<ApiFailure, T> Read<T>(MemoryStream body) where T : IMessage<T>, new() =>
        ProtoJsonReader.Read<T>(body.ToArray(), JsonReading.Strict).Map(r => r.Message).MapLeft(ScoringApi.Invalid);

    /// <summary>The notice's year, document and pass line: the rule set's the assessment was scored with.</summary>
    private static NoticeBasis Basis(ScoringApi api, string ruleSetId) => api.NoticeBasis(ruleSetId) ?? NoticeBasis.Of(new P.RuleSet { PassLine = "80" });

    private static (byte[] Bytes, string ContentType, string Name)? File(string kind, ScoringApi api, P.AssessRequest request, P.AssessResponse answer)
    {
        var names = answer.Assessment.ScoreCards.ToDictionary(c => c.UnitCode, c => c.Name);
        return kind switch
        {
            "figures.xlsx" => (FiguresWorkbook.Write(request, code => names.GetValueOrDefault(code, "")), Xlsx, "figures.xlsx"),
            "notice.docx" => (NoticeDocument.Write(answer.Assessment, Basis(api, answer.Assessment.RuleSetId)), Docx, "notice.docx"),
            _ => null,
        };
    }

    private static (byte[] Bytes, string ContentType, string Name)? File(string kind, ScoringApi api, P.EvaluateRequest request, P.EvaluateResponse answer)
    {
        var names = answer.Units.ToDictionary(u => u.UnitCode, u => u.Name);
        return kind switch
        {
            "figures.xlsx" => (FiguresWorkbook.Write(request, code => names.GetValueOrDefault(code, "")), Xlsx, "figures.xlsx"),
            "evaluation.xlsx" => (EvaluationWorkbook.Write(answer, api.NoticeBasis(answer.Assessment.RuleSetId)), Xlsx, "evaluation.xlsx"),
            "notice.docx" => (NoticeDocument.Write(answer.Assessment, Basis(api, answer.Assessment.RuleSetId), answer), Docx, "notice.docx"),
            _ => null,
        };
    }
}
