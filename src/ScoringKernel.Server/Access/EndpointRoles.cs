using System.Collections.Frozen;
using Grpc.AspNetCore.Server;
using ScoringKernel.Application.Rounds;
using static ScoringKernel.Server.Access.Roles;

namespace ScoringKernel.Server.Access;

/// <summary>
/// The role table: who may call each endpoint the server maps, one line per endpoint. An RPC's line covers both ways
/// in (gRPC and its HTTP/JSON route, which runs the same method); a plain HTTP route is named "VERB /pattern". In the
/// production profile the fallback authorization policy (<see cref="RoleTablePolicy"/>) applies this table to every
/// endpoint, so an endpoint added without a line here is refused (ENDPOINT_NOT_LISTED) and the test that enumerates
/// every mapped endpoint fails naming it. The round's RPCs list the roles that may call at all; the round then checks
/// the scope (a unit's or department's own figures). specs/docs/api.md's role table is generated from this one.
/// </summary>
public static class EndpointRoles
{
    private const string Scoring = "/scoringkernel.v1.ScoringService/";
    private const string Scenario = "/scoringkernel.v1.ScenarioService/";
    private const string Round = "/scoringkernel.v1.RoundService/";
    private const string Health = "/grpc.health.v1.Health/";

    /// <summary>The line of grpc-dotnet's catch-all endpoints for an RPC not served (one per service, and one for any other service).</summary>
    public const string NotServed = "/{unimplementedService}/{unimplementedMethod}";

    /// <summary>The lines in the order written (the docs' order); a key given twice stops the server at start-up.</summary>
    public static readonly IReadOnlyDictionary<string, Access> Lines = new Dictionary<string, Access>
    {
        [Scoring + "ListRuleSets"] = Access.AnyOf(Read),
        [Scoring + "GetRuleSet"] = Access.AnyOf(Read),
        [Scoring + "GetTargetTable"] = Access.AnyOf(Read),
        [Scoring + "ValidateTargetTable"] = Access.AnyOf(Read),
        [Scoring + "VerifyRuleSet"] = Access.AnyOf(Score),
        [Scoring + "ScoreUnit"] = Access.AnyOf(Score),
        [Scoring + "Assess"] = Access.AnyOf(Score),
        [Scoring + "Evaluate"] = Access.AnyOf(Score),
        [Scoring + "ReadFiguresWorkbook"] = Access.AnyOf(Score),
        [Scoring + "WriteResultWorkbook"] = Access.AnyOf(Score),

        [Scenario + "CompareScenarios"] = Access.AnyOf(Score),
        [Scenario + "SweepScenario"] = Access.AnyOf(Score),
        [Scenario + "GetMargins"] = Access.AnyOf(Score),
        [Scenario + "GetThresholds"] = Access.AnyOf(Score),
        [Scenario + "GetReach"] = Access.AnyOf(Read),

        [Round + "OpenRound"] = Rounds(RoundOperation.OpenRound),
        [Round + "GetRound"] = Rounds(RoundOperation.GetRound),
        [Round + "ListRounds"] = Rounds(RoundOperation.ListRounds),
        [Round + "GetSelfEvaluation"] = Rounds(RoundOperation.GetSelfEvaluation),
        [Round + "SubmitSelfEvaluation"] = Rounds(RoundOperation.SubmitSelfEvaluation),
        [Round + "SubmitDepartmentFigures"] = Rounds(RoundOperation.SubmitDepartmentFigures),
        [Round + "RecordFinding"] = Rounds(RoundOperation.RecordFinding),
        [Round + "WithdrawFinding"] = Rounds(RoundOperation.WithdrawFinding),
        [Round + "EvaluateRound"] = Rounds(RoundOperation.EvaluateRound),
        [Round + "ApproveRound"] = Rounds(RoundOperation.ApproveRound),
        [Round + "ReopenRound"] = Rounds(RoundOperation.ReopenRound),
        [Round + "PublishNotice"] = Rounds(RoundOperation.PublishNotice),
        [Round + "CloseSubmissions"] = Rounds(RoundOperation.CloseSubmissions),
        [Round + "ReopenSubmissions"] = Rounds(RoundOperation.ReopenSubmissions),
        [Round + "ListRoundEvents"] = Rounds(RoundOperation.ListRoundEvents),
        [Round + "ImportRound"] = Rounds(RoundOperation.ImportSources, RoundOperation.RestoreExport),
        [Round + "ExportRound"] = Rounds(RoundOperation.ExportRound),
        [Round + "VerifyRound"] = Rounds(RoundOperation.VerifyRound),

        [Health + "Check"] = Access.AnyClient,
        [Health + "Watch"] = Access.AnyClient,
        // grpc-dotnet's answer to a method or service it does not serve: UNIMPLEMENTED, to an allowed client.
        [NotServed] = Access.AnyClient,

        ["GET /"] = Access.AnyClient,
        ["GET /workbench/{**name}"] = Access.AnyClient,
        ["GET /v1/workbooks/template"] = Access.AnyClient,
        // The OpenAPI document of the HTTP/JSON API (specs/docs/api.md).
        ["GET /openapi.yaml"] = Access.AnyClient,
        // The notice, the figures and the evaluation workbook, each made by running the kernel on the page's request.
        ["POST /workbench/files/{kind}"] = Access.AnyOf(Score),
        // A round's notice and workbooks, from its approved evaluation: whoever reads the whole round.
        ["GET /v1/rounds/{year}/documents/{name}"] = Rounds(RoundOperation.ReadDocuments),
    };

    /// <summary>A round's line: the roles <see cref="RoundAccess"/> asks for the operations (the round's own table, so the two cannot differ).</summary>
    private static Access Rounds(params RoundOperation[] operations) => Access.AnyOf(RoundAccess.TableNames(operations));

    public static readonly FrozenDictionary<string, Access> Table = Lines.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The line an endpoint is looked up by: its RPC's path (for a gRPC method, and for the HTTP/JSON route
    /// that calls one), else "VERB /pattern"; null for an endpoint that is neither.</summary>
    public static string? KeyOf(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<CallsRpc>() is { } rpc) return rpc.Path;
        if (endpoint.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc) return grpc.Method.FullName;
        if (endpoint is not RouteEndpoint route) return null;
        if (route.RoutePattern.RawText?.Contains("{unimplementedMethod", StringComparison.Ordinal) == true) return NotServed;
        var verbs = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
        return $"{string.Join(",", verbs)} /{route.RoutePattern.RawText?.TrimStart('/')}";
    }

    /// <summary>The endpoint's line, or null when it has none (refused in the production profile).</summary>
    public static Access? Of(Endpoint endpoint) => KeyOf(endpoint) is { } key && Table.TryGetValue(key, out var access) ? access : null;
}

/// <summary>Endpoint metadata of an HTTP/JSON route: the RPC it calls (<c>/scoringkernel.v1.ScoringService/Assess</c>), whose line of the role table it shares.</summary>
public sealed record CallsRpc(string Path);
