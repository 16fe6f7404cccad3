using System.Security.Claims;
using Google.Rpc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using ScoringKernel.Core.Problems;
using ScoringKernel.Server.Hosting;
using ScoringKernel.Server.Services;
using ScoringKernel.Words;

namespace ScoringKernel.Server.Access;

/// <summary>
/// What the authorization middleware answers when it refuses (ASP.NET Core's hook for it): a client not
/// authenticated gets UNAUTHENTICATED / 401 with CLIENT_NOT_ALLOWED; an allowed client without the endpoint's role
/// PERMISSION_DENIED / 403 with ROLE_REQUIRED and <c>metadata.role</c>, the status message naming the role. Each is a
/// google.rpc.Status with its words in the caller's language (Accept-Language), and counted by route and role.
/// </summary>
public sealed class Refusals(KernelMetrics metrics) : IAuthorizationMiddlewareResultHandler
{
    private const string NoEndpoint = "(no endpoint)";

    private readonly AuthorizationMiddlewareResultHandler framework = new();

    public Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded) return framework.HandleAsync(next, http, policy, result);
        var endpoint = http.GetEndpoint();
        // A path no endpoint serves is denied too (nothing answers outside the table), and counted under one name:
        // a client must not be able to grow the metrics with paths of its choosing.
        var route = endpoint is null ? NoEndpoint : EndpointRoles.KeyOf(endpoint) ?? endpoint.DisplayName ?? NoEndpoint;
        var language = Languages.FromAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString());
        var status = result.Challenged || http.User.Identity?.IsAuthenticated != true
            ? NotAllowed(http.Connection.ClientCertificate?.Subject ?? "", language)
            : endpoint is not null && EndpointRoles.Of(endpoint) is { } access
                ? RoleRequired(access, http.User.FindFirst(ClaimTypes.Name)?.Value ?? "", language)
                : NotListed(route, language);
        metrics.Refused(route, RoleOf(status), ((Code)status.Code).ToString());
        return CallRefusal.Write(http, status, http.RequestAborted);
    }

    public static Google.Rpc.Status NotAllowed(string subject, Language language) =>
        StatusMapping.Of(Code.Unauthenticated, [Problem.Of(new WireReason.ClientNotAllowed(subject))], language);

    public static Google.Rpc.Status RoleRequired(Access access, string client, Language language)
    {
        List<KeyValuePair<string, string>> metadata = [new("role", access.Named)];
        if (access.Roles.Count > 1) metadata.Add(new("roles", string.Join(",", access.Roles)));
        return StatusMapping.Of(Code.PermissionDenied, [Problem.Of(new RoundReason.RoleRequired(access.Named, client))], language, metadata);
    }

    private static Google.Rpc.Status NotListed(string route, Language language) =>
        StatusMapping.Of(Code.PermissionDenied, [Problem.Of(new WireReason.EndpointNotListed(route))], language);

    /// <summary>The role a refusal names (its ErrorInfo's <c>metadata.role</c>), "-" when it names none.</summary>
    public static string RoleOf(Google.Rpc.Status status) =>
        status.Details.Where(d => d.Is(ErrorInfo.Descriptor)).Select(d => d.Unpack<ErrorInfo>())
            .Select(i => i.Metadata.TryGetValue("role", out var role) ? role : null).FirstOrDefault(r => r is not null) ?? "-";
}
