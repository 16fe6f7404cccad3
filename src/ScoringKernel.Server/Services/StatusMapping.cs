using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using ScoringKernel.Contracts.Api;

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

    public static RpcException ToRpcException(ApiFailure failure) => failure.Match(
        invalid =>
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(invalid.Problems.Map(p => new BadRequest.Types.FieldViolation { Field = p.Field, Description = p.Message }));
            var count = invalid.Problems.Count;
            var first = invalid.Problems.Head;
            return new Google.Rpc.Status
            {
                Code = (int)Code.InvalidArgument,
                Message = count == 1 ? $"{first.Field}: {first.Message}" : $"{count} problems with the request; the first: {first.Field}: {first.Message}",
                Details = { Any.Pack(badRequest) },
            }.ToRpcException();
        },
        notFound =>
        {
            var badRequest = new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = notFound.Field, Description = notFound.Message } } };
            return new Google.Rpc.Status
            {
                Code = (int)Code.NotFound,
                Message = $"{notFound.Field}: {notFound.Message}",
                Details = { Any.Pack(badRequest) },
            }.ToRpcException();
        });
}
