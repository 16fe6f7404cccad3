using Google.Rpc;

namespace ScoringKernel.Server.HttpJson;

/// <summary>The HTTP status for a google.rpc code, as google/rpc/code.proto maps them.</summary>
internal static class HttpStatusOf
{
    /// <summary>
    /// The HTTP status of a failure: as <see cref="Code(Google.Rpc.Code)"/>, except that RESOURCE_EXHAUSTED for a request too
    /// large to take (its ErrorInfo's reason a size limit, <see cref="ScoringKernel.Core.Problems.SizeLimit"/>)
    /// is 413 Content Too Large (RFC 9110 15.5.14): 429 says "wait and send it again", which would not help.
    /// </summary>
    public static int Of(Google.Rpc.Status status) =>
        (Code)status.Code == Google.Rpc.Code.ResourceExhausted && status.Details.Any(d => d.Is(ErrorInfo.Descriptor)
            && ScoringKernel.Core.Problems.SizeLimit.IsCode(d.Unpack<ErrorInfo>().Reason))
            ? 413
            : Code((Code)status.Code);

    public static int Code(Code code) => code switch
    {
        Google.Rpc.Code.Ok => 200,
        Google.Rpc.Code.Cancelled => 499,
        Google.Rpc.Code.Unknown => 500,
        Google.Rpc.Code.InvalidArgument => 400,
        Google.Rpc.Code.DeadlineExceeded => 504,
        Google.Rpc.Code.NotFound => 404,
        Google.Rpc.Code.AlreadyExists => 409,
        Google.Rpc.Code.PermissionDenied => 403,
        Google.Rpc.Code.Unauthenticated => 401,
        Google.Rpc.Code.ResourceExhausted => 429,
        Google.Rpc.Code.FailedPrecondition => 400,
        Google.Rpc.Code.Aborted => 409,
        Google.Rpc.Code.OutOfRange => 400,
        Google.Rpc.Code.Unimplemented => 501,
        Google.Rpc.Code.Internal => 500,
        Google.Rpc.Code.Unavailable => 503,
        Google.Rpc.Code.DataLoss => 500,
    };
}
