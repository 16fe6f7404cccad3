using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Application.Rounds;

/// <summary>What a caller of the round may ask: each operation of <see cref="RoundService"/> and <see cref="RoundDocuments"/>.</summary>
public enum RoundOperation
{
    OpenRound,
    GetRound,
    ListRounds,
    GetSelfEvaluation,
    SubmitSelfEvaluation,
    SubmitDepartmentFigures,
    RecordFinding,
    WithdrawFinding,
    EvaluateRound,
    ApproveRound,
    ReopenRound,
    PublishNotice,
    CloseSubmissions,
    ReopenSubmissions,
    ListRoundEvents,
    /// <summary>ImportRound with a figures workbook or an evaluation file.</summary>
    ImportSources,
    /// <summary>ImportRound with a round's export: a history written elsewhere.</summary>
    RestoreExport,
    ExportRound,
    VerifyRound,
    /// <summary>GET /v1/rounds/{year}/documents/{name}.</summary>
    ReadDocuments,
}

/// <summary>A role an operation asks for: a duty, or the scope of the request itself (its unit's, its department's).</summary>
public enum RoundNeed
{
    Office,
    LeadingGroup,
    Inspector,
    Read,
    Admin,
    /// <summary>The unit the request names (<c>unit:430423</c> for unit 430423).</summary>
    OwnUnit,
    /// <summary>The department whose figures the request carries.</summary>
    OwnDepartment,
}

/// <summary>
/// The round's access table: for each operation, the roles of which the caller must hold one (a refusal names the
/// first). The server's role table (Server/Access/EndpointRoles.cs) writes the round's lines from this one, with
/// <c>unit:*</c> and <c>department:*</c> for the scoped needs, so the two cannot differ; the round then checks the scope
/// against the request (a unit's or department's own figures), for every caller, the command line's too.
/// </summary>
public static class RoundAccess
{
    /// <summary>In the role table: any <c>unit:CODE</c> role, any <c>department:DEPARTMENT_…</c> role.</summary>
    public const string AnyUnit = RoundRole.UnitPrefix + "*", AnyDepartment = RoundRole.DepartmentPrefix + "*";

    private static readonly RoundNeed[] WholeRound = [RoundNeed.Read, RoundNeed.Office, RoundNeed.LeadingGroup, RoundNeed.Inspector];

    public static IReadOnlyList<RoundNeed> Needs(RoundOperation operation) => operation switch
    {
        RoundOperation.OpenRound => [RoundNeed.Office],
        RoundOperation.GetRound => WholeRound,
        RoundOperation.ListRounds => WholeRound,
        RoundOperation.GetSelfEvaluation => [RoundNeed.OwnUnit, RoundNeed.Read, RoundNeed.Office, RoundNeed.LeadingGroup],
        RoundOperation.SubmitSelfEvaluation => [RoundNeed.OwnUnit],
        RoundOperation.SubmitDepartmentFigures => [RoundNeed.OwnDepartment],
        RoundOperation.RecordFinding => [RoundNeed.Inspector],
        RoundOperation.WithdrawFinding => [RoundNeed.Inspector],
        RoundOperation.EvaluateRound => [RoundNeed.Office, RoundNeed.LeadingGroup, RoundNeed.Read],
        RoundOperation.ApproveRound => [RoundNeed.LeadingGroup],
        RoundOperation.ReopenRound => [RoundNeed.Office],
        RoundOperation.PublishNotice => [RoundNeed.LeadingGroup],
        RoundOperation.CloseSubmissions => [RoundNeed.Office],
        RoundOperation.ReopenSubmissions => [RoundNeed.Office],
        RoundOperation.ListRoundEvents => WholeRound,
        RoundOperation.ImportSources => [RoundNeed.Office],
        RoundOperation.RestoreExport => [RoundNeed.Admin],
        RoundOperation.ExportRound => [RoundNeed.Office, RoundNeed.Read],
        RoundOperation.VerifyRound => [.. WholeRound, RoundNeed.Admin],
        RoundOperation.ReadDocuments => [RoundNeed.Office, RoundNeed.LeadingGroup, RoundNeed.Read],
    };

    /// <summary>The operation's line of the role table: the roles' names, <c>unit:*</c> and <c>department:*</c> for the scoped ones.</summary>
    public static string[] TableNames(params RoundOperation[] operations) =>
        operations.SelectMany(Needs).Distinct().Select(need => Role(need, None, None).Match(r => r.Name, () => need switch
        {
            RoundNeed.OwnUnit => AnyUnit,
            RoundNeed.OwnDepartment => AnyDepartment,
            RoundNeed.Office or RoundNeed.LeadingGroup or RoundNeed.Inspector or RoundNeed.Read or RoundNeed.Admin =>
                throw new InvalidOperationException($"{need} is a duty"),
        })).ToArray();

    /// <summary>
    /// Why <paramref name="caller"/> may not do <paramref name="operation"/> on the request's <paramref name="unit"/> or
    /// <paramref name="department"/>: PERMISSION_DENIED naming the first role it needs; none when it holds one.
    /// </summary>
    public static Option<RoundFailure> Refusal(RoundCaller caller, RoundOperation operation,
        Option<UnitCode> unit = default, Option<Core.Attachment1.Department> department = default)
    {
        if (caller.AllRoles) return None;
        var needs = Needs(operation);
        var roles = needs.Map(n => Role(n, unit, department)).ToList();
        if (roles.Exists(r => r.Exists(caller.Has))) return None;
        var first = roles[0].Match(r => r.Name, () => needs[0] == RoundNeed.OwnUnit ? RoundRole.UnitPrefix + "…" : RoundRole.DepartmentPrefix + "…");
        return new RoundFailure.Denied(Problem.Of(new RoundReason.RoleRequired(first, caller.Actor.Id)), first);
    }

    /// <summary>The role a need asks of a request: none for a scope the request does not name.</summary>
    private static Option<RoundRole> Role(RoundNeed need, Option<UnitCode> unit, Option<Core.Attachment1.Department> department) => need switch
    {
        RoundNeed.Office => RoundRole.Office,
        RoundNeed.LeadingGroup => RoundRole.LeadingGroup,
        RoundNeed.Inspector => RoundRole.Inspector,
        RoundNeed.Read => RoundRole.Read,
        RoundNeed.Admin => RoundRole.Admin,
        RoundNeed.OwnUnit => unit.Map(RoundRole.Unit),
        RoundNeed.OwnDepartment => department.Map(RoundRole.Department),
    };
}
