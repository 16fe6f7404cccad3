using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Units;
using ScoringKernel.Wire.Mapping;

namespace ScoringKernel.Application.Rounds;

/// <summary>
/// Who may do what in the year's round (specs/docs/readings.md, "The year's round"): a unit's certificate (<c>unit:430423</c>)
/// submits and reads only its own self-evaluation; a department (<c>department:DEPARTMENT_FINANCE_BUREAU</c>) only
/// its own figures; <c>inspector</c> records and withdraws findings; <c>office</c> opens, imports, evaluates and
/// reopens; <c>leading_group</c> approves and publishes; <c>read</c> reads; <c>admin</c> restores a round's export
/// (a history written elsewhere, so not the office's). The office and the Leading Group read everything.
/// </summary>
public static class RoundRoles
{
    public const string Office = "office", LeadingGroup = "leading_group", Inspector = "inspector", Read = "read", Admin = "admin";
    public const string UnitPrefix = "unit:", DepartmentPrefix = "department:";

    public static string Unit(UnitCode unit) => UnitPrefix + unit.Value;

    public static string Department(Department department) => DepartmentPrefix + EnumMapping.FromDomain(department).WireName();

    public static string Department(Contracts.V1.Department department) => DepartmentPrefix + department.WireName();

    /// <summary>Whether <paramref name="role"/> is one of the round's roles (the plain ones, or a unit or department scope that names one).</summary>
    public static bool IsRole(string role) =>
        role is Office or LeadingGroup or Inspector or Read or Admin
        || (role.StartsWith(UnitPrefix, StringComparison.Ordinal) && UnitCode.Create(Core.Problems.Step.UnitCodeOf.Instance, role[UnitPrefix.Length..]).IsSuccess)
        || (role.StartsWith(DepartmentPrefix, StringComparison.Ordinal)
            && DepartmentEnum.FindValueByName(role[DepartmentPrefix.Length..]) is { Number: > 0 });

    /// <summary>The department's name on the wire: DEPARTMENT_FINANCE_BUREAU.</summary>
    public static string WireName(this Contracts.V1.Department d) => DepartmentEnum.FindValueByNumber((int)d)?.Name ?? d.ToString();

    private static readonly Google.Protobuf.Reflection.EnumDescriptor DepartmentEnum =
        Contracts.V1.EvaluationReflection.Descriptor.EnumTypes.First(e => e.Name == "Department");
}

/// <summary>The caller of a round's operation: the actor its events record, and the roles it holds.</summary>
public sealed record RoundCaller(Actor Actor, IReadOnlySet<string> Roles, bool AllRoles = false)
{
    /// <summary>The development profile and the command line: every role, recorded as <paramref name="actor"/>.</summary>
    public static RoundCaller Development(string actor = "development") => new(new Actor(actor), new HashSet<string>(), AllRoles: true);

    public bool Has(string role) => AllRoles || Roles.Contains(role);

    /// <summary>The first of <paramref name="roles"/> the caller lacks all of, or none when it holds one.</summary>
    public string? Lacks(params string[] roles) => roles.Any(Has) ? null : roles[0];
}
