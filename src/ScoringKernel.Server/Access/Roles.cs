using ScoringKernel.Application.Rounds;

namespace ScoringKernel.Server.Access;

/// <summary>
/// Every role an allow-list entry may give a client (<c>--allowed-clients "CN=office:office,read"</c>). The scoped
/// ones hold a code: <c>unit:430482</c>, <c>department:DEPARTMENT_FINANCE_BUREAU</c>; the role table names them as
/// <see cref="AnyUnit"/> and <see cref="AnyDepartment"/>, and the round then checks that the scope is the caller's own.
/// </summary>
public static class Roles
{
    /// <summary>Reading the rules, the targets, validating a table, the reach of the rules; reading the whole round.</summary>
    public static readonly string Read = RoundRole.Read.Name;

    /// <summary>Running the kernel on figures the client sends: scoring, assessing, evaluating, scenarios, files made from them.</summary>
    public const string Score = "score";

    public static readonly string Office = RoundRole.Office.Name;
    public static readonly string LeadingGroup = RoundRole.LeadingGroup.Name;
    public static readonly string Inspector = RoundRole.Inspector.Name;

    /// <summary>Restoring a round from an export (the operator's, not the office's).</summary>
    public static readonly string Admin = RoundRole.Admin.Name;

    /// <summary>In the role table: any <c>unit:CODE</c> role.</summary>
    public const string AnyUnit = RoundAccess.AnyUnit;

    /// <summary>In the role table: any <c>department:DEPARTMENT_…</c> role.</summary>
    public const string AnyDepartment = RoundAccess.AnyDepartment;

    /// <summary>The plain roles an allow-list may give (the scoped ones are checked by <see cref="IsRole"/>).</summary>
    public static readonly IReadOnlyList<string> Plain = [Read, Score, Office, LeadingGroup, Inspector, Admin];

    public static bool IsRole(string role) => Plain.Contains(role) || RoundRoles.IsRole(role);
}
