using Microsoft.AspNetCore.Authorization;

namespace ScoringKernel.Server.Access;

/// <summary>
/// The production profile's authorization: one policy, the fallback that ASP.NET Core's authorization middleware
/// applies to every endpoint that names none, whose requirement is the endpoint's line of <see cref="EndpointRoles"/>.
/// No endpoint names a policy of its own, so the table decides every call, and an endpoint without a line fails.
/// A policy per role, stamped on each endpoint as it is mapped, would leave a route mapped later without one open
/// until someone remembered; the fallback cannot be forgotten.
/// </summary>
public static class RoleTablePolicy
{
    public const string Name = "role-table";

    public static AuthorizationPolicy Build() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new Requirement())
        .Build();

    /// <summary>The caller holds a role the endpoint's line names (or the line admits any client).</summary>
    public sealed class Requirement : AuthorizationHandler<Requirement>, IAuthorizationRequirement
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
        {
            var endpoint = context.Resource switch
            {
                HttpContext http => http.GetEndpoint(),
                Endpoint e => e,
                _ => null,
            };
            if (endpoint is not null && EndpointRoles.Of(endpoint) is { } access && access.Admits(context.User))
                context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }
}
