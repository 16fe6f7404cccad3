using LanguageExt;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Units;
using ScoringKernel.Wire.Mapping;
using static LanguageExt.Prelude;

namespace ScoringKernel.Application.Rounds;

/// <summary>The caller of a round's operation: the actor its events record, and the roles it holds (as its certificate names them).</summary>
public sealed record RoundCaller(Actor Actor, IReadOnlySet<string> Roles, bool AllRoles = false)
{
    /// <summary>The development profile and the command line: every role, recorded as <paramref name="actor"/>.</summary>
    public static RoundCaller Development(string actor = "development") => new(new Actor(actor), new System.Collections.Generic.HashSet<string>(), AllRoles: true);

    public bool Has(RoundRole role) => AllRoles || Roles.Contains(role.Name);
}

/// <summary>
/// The round's roles: a closed set (specs/docs/readings.md, "The year's round"). A unit's certificate
/// (<c>unit:430423</c>) submits and reads only its own self-evaluation; a department
/// (<c>department:DEPARTMENT_FINANCE_BUREAU</c>) only its own figures; <see cref="Inspector"/> records and withdraws
/// findings; <see cref="Office"/> opens, imports, evaluates and reopens; <see cref="LeadingGroup"/> approves and
/// publishes; <see cref="Read"/> reads; <see cref="Admin"/> restores a round's export (a history written elsewhere, so
/// not the office's). The office and the Leading Group read everything. <see cref="Name"/> is how a certificate's
/// allow-list entry spells the role, the one place it is spelled.
/// </summary>
public abstract record RoundRole
{
    private RoundRole() { }

    public abstract R Match<R>(Func<RoundDuty, R> duty, Func<UnitCode, R> unit, Func<Core.Attachment1.Department, R> department);

    public static readonly RoundRole Office = new OfDuty(RoundDuty.Office);
    public static readonly RoundRole LeadingGroup = new OfDuty(RoundDuty.LeadingGroup);
    public static readonly RoundRole Inspector = new OfDuty(RoundDuty.Inspector);
    public static readonly RoundRole Read = new OfDuty(RoundDuty.Read);
    public static readonly RoundRole Admin = new OfDuty(RoundDuty.Admin);

    public static RoundRole Unit(UnitCode unit) => new OfUnit(unit);

    public static RoundRole Department(Core.Attachment1.Department department) => new OfDepartment(department);

    public const string UnitPrefix = "unit:", DepartmentPrefix = "department:";

    /// <summary>The role as an allow-list entry names it: <c>office</c>, <c>unit:430423</c>, <c>department:DEPARTMENT_FINANCE_BUREAU</c>.</summary>
    public string Name => Match(
        duty => NameOf(duty),
        unit => UnitPrefix + unit.Value,
        department => DepartmentPrefix + EnumMapping.FromDomain(department).WireName());

    public static string NameOf(RoundDuty duty) => duty switch
    {
        RoundDuty.Office => "office",
        RoundDuty.LeadingGroup => "leading_group",
        RoundDuty.Inspector => "inspector",
        RoundDuty.Read => "read",
        RoundDuty.Admin => "admin",
    };

    /// <summary>The role an allow-list entry names, none when it names no round role.</summary>
    public static Option<RoundRole> Parse(string name) =>
        Enum.GetValues<RoundDuty>().Find(d => NameOf(d) == name).Map(d => (RoundRole)new OfDuty(d))
        | (name.StartsWith(UnitPrefix, StringComparison.Ordinal)
            ? UnitCode.Create(Core.Problems.Step.UnitCodeOf.Instance, name[UnitPrefix.Length..]).ToOption().Map(Unit)
            : None)
        | (name.StartsWith(DepartmentPrefix, StringComparison.Ordinal) && RoundRoles.DepartmentOf(name[DepartmentPrefix.Length..]) is { } d
            ? Some(Department(d))
            : None);

    public override string ToString() => Name;

    private sealed record OfDuty(RoundDuty Duty) : RoundRole
    {
        public override R Match<R>(Func<RoundDuty, R> duty, Func<UnitCode, R> unit, Func<Core.Attachment1.Department, R> department) => duty(Duty);
    }

    private sealed record OfUnit(UnitCode Code) : RoundRole
    {
        public override R Match<R>(Func<RoundDuty, R> duty, Func<UnitCode, R> unit, Func<Core.Attachment1.Department, R> department) => unit(Code);
    }

    private sealed record OfDepartment(Core.Attachment1.Department Which) : RoundRole
    {
        public override R Match<R>(Func<RoundDuty, R> duty, Func<UnitCode, R> unit, Func<Core.Attachment1.Department, R> department) => department(Which);
    }
}

/// <summary>The round's roles that hold no scope.</summary>
public enum RoundDuty
{
    Office,
    LeadingGroup,
    Inspector,
    Read,
    Admin,
}

/// <summary>The department's names on the wire.</summary>
public static class RoundRoles
{
    /// <summary>Whether <paramref name="role"/> is one of the round's roles (the plain ones, or a unit or department scope that names one).</summary>
    public static bool IsRole(string role) => RoundRole.Parse(role).IsSome;

    /// <summary>The department's name on the wire: DEPARTMENT_FINANCE_BUREAU.</summary>
    public static string WireName(this Contracts.V1.Department d) => DepartmentEnum.FindValueByNumber((int)d)?.Name ?? d.ToString();

    /// <summary>The department a wire name (DEPARTMENT_FINANCE_BUREAU) names, null for none.</summary>
    public static Core.Attachment1.Department? DepartmentOf(string wireName) =>
        DepartmentEnum.FindValueByName(wireName) is { Number: > 0 } v ? EnumMapping.Known((Contracts.V1.Department)v.Number) : null;

    private static readonly Google.Protobuf.Reflection.EnumDescriptor DepartmentEnum =
        Contracts.V1.EvaluationReflection.Descriptor.EnumTypes.First(e => e.Name == "Department");
}
