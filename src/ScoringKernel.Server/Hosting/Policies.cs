namespace ScoringKernel.Server.Hosting;

/// <summary>
/// Policy names an <c>[Authorize(Policy = …)]</c> may still give. The role table (<see cref="Access.EndpointRoles"/>)
/// decides every call: in the production profile each of these names is the role-table policy itself, in the
/// development profile every caller passes. Give an endpoint a line in the table, not a policy of its own.
/// </summary>
public static class Policies
{
    public const string Read = "read";

    public const string Score = "score";

    public const string AnyClient = "client";

    public static readonly IReadOnlyList<string> Names = [Read, Score, AnyClient];
}
