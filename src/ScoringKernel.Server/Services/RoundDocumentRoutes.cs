using ScoringKernel.Application.Rounds;
using ScoringKernel.Server.Hosting;
using ScoringKernel.Server.HttpJson;

namespace ScoringKernel.Server.Services;

/// <summary>
/// <c>GET /v1/rounds/{year}/documents/{name}</c>: a round's notice (.docx, .html), result workbook and evaluation
/// workbook (<see cref="RoundDocuments"/>), for whoever reads the whole round (office, leading_group, read). A
/// refusal is the google.rpc.Status the round's RPCs answer, in the caller's language.
/// </summary>
public static class RoundDocumentRoutes
{
    public const string Route = "/v1/rounds/{year}/documents/{name}";

    public static void MapRoundDocuments(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, Serve);

    private static async Task Serve(HttpContext http, int year, string name, RoundDocuments documents, ServerOptions options)
    {
        var language = Words.Languages.FromAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString());
        var answer = await documents.Get(year, name, RoundGrpcService.CallerOf(http, options), language, http.RequestAborted);
        await answer.Match(
            async document =>
            {
                http.Response.ContentType = document.ContentType;
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{document.FileName}\"";
                http.Response.Headers.CacheControl = "no-store";
                await http.Response.Body.WriteAsync(document.Bytes, http.RequestAborted);
            },
            failure => StatusJson.Write(http, RoundGrpcService.RoundStatus(failure, language), http.RequestAborted));
    }
}
