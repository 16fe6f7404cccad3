using System.Security.Claims;

namespace ScoringKernel.Server.Access;

/// <summary>
/// Who may call an endpoint: any client the allow-list admits, or a client holding one of <see cref="Roles"/> (a
/// refusal names the first). <c>unit:*</c> and <c>department:*</c> stand for any role of that scope.
/// </summary>
public sealed record Access(IReadOnlyList<string> Roles)
{
    /// <summary>Any client on the allow-list, whatever its roles.</summary>
    public static readonly Access AnyClient = new([]);

    public static Access AnyOf(params string[] roles) => new(roles);

    public bool IsAnyClient => Roles.Count == 0;

    /// <summary>The role a refusal names: the first listed.</summary>
    public string Named => IsAnyClient ? "" : Roles[0];

    public bool Admits(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (IsAnyClient || Roles.Any(r => Holds(user, r)));

    private static bool Holds(ClaimsPrincipal user, string role) =>
        role.EndsWith(":*", StringComparison.Ordinal)
            ? user.FindAll(ClaimTypes.Role).Any(c => c.Value.StartsWith(role[..^1], StringComparison.Ordinal))
            : user.IsInRole(role);

    /// <summary>As the role table in the docs shows it.</summary>
    public string Text => IsAnyClient ? "any allowed client" : string.Join(" or ", Roles.Select(r => $"`{r}`"));

    // Records compare lists by reference; two entries with the same roles are the same access.
    public bool Equals(Access? other) => other is not null && Roles.SequenceEqual(other.Roles);

    public override int GetHashCode() => Roles.Aggregate(17, (h, r) => h * 31 + r.GetHashCode(StringComparison.Ordinal));
}
