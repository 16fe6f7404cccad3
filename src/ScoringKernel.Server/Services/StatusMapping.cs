using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using ScoringKernel.Contracts.Api;
using FieldViolation = Google.Rpc.BadRequest.Types.FieldViolation;

namespace ScoringKernel.Server.Services;

/// <summary>
/// Failures as rich gRPC statuses: INVALID_ARGUMENT with a google.rpc.BadRequest holding one field violation
/// per problem; NOT_FOUND with the field that named the missing thing.
/// </summary>
public static class StatusMapping
{
    /// <summary>The response, or the failure as a rich status.</summary>
    public static Task<T> Answer<T>(LanguageExt.Either<ApiFailure, T> result) =>
        result.Match(Task.FromResult, failure => Task.FromException<T>(ToRpcException(failure)));

    public static RpcException ToRpcException(ApiFailure failure) => ToStatus(failure).ToRpcException();

    public static Google.Rpc.Status ToStatus(ApiFailure failure) => failure.Match(
        invalid => WithViolations(Code.InvalidArgument, invalid.Problems.Map(p => new FieldViolation { Field = p.Field, Description = p.Message }).ToList()),
        notFound => WithViolations(Code.NotFound, [new FieldViolation { Field = notFound.Field, Description = notFound.Message }]));

    /// <summary>A status whose message names the first violation (and how many there are) and whose BadRequest detail holds them all.</summary>
    public static Google.Rpc.Status WithViolations(Code code, IReadOnlyList<FieldViolation> violations)
    {
        var first = violations[0];
        var firstWords = first.Field.Length == 0 ? first.Description : $"{first.Field}: {first.Description}";
        return new Google.Rpc.Status
        {
            Code = (int)code,
            Message = violations.Count == 1 ? firstWords : $"{violations.Count} problems with the request; the first: {firstWords}",
            Details = { Any.Pack(new BadRequest { FieldViolations = { violations } }) },
        };
    }
}
