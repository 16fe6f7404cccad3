using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using ScoringKernel.Application;
using ScoringKernel.Wire;
using ScoringKernel.Core.Problems;
using ScoringKernel.Words;
using FieldViolation = Google.Rpc.BadRequest.Types.FieldViolation;

namespace ScoringKernel.Server.Services;

/// <summary>
/// Failures as rich gRPC statuses (AIP-193): INVALID_ARGUMENT with a google.rpc.BadRequest holding one field violation
/// per problem (RESOURCE_EXHAUSTED when a problem is a size limit: a workbook over 4 MiB), NOT_FOUND with the field that named the missing thing. Each violation carries its proto path, an
/// English description, its reason and a localized message in the caller's language; the status carries an ErrorInfo
/// with the first problem's reason and facts as metadata, a LocalizedMessage that sums them up, and a
/// <c>scoringkernel.v1.FieldViolationFacts</c> with each violation's facts (unit_code, figure, sheet, cell, row …).
/// </summary>
public static class StatusMapping
{
    /// <summary>The error domain of <c>ErrorInfo</c>: the contract's package, which every reason belongs to.</summary>
    public const string ErrorDomain = "scoringkernel.v1";

    /// <summary>The response, or the failure as a rich status in <paramref name="language"/>.</summary>
    public static Task<T> Answer<T>(LanguageExt.Either<ApiFailure, T> result, Language language) =>
        result.Match(Task.FromResult, failure => Task.FromException<T>(ToRpcException(failure, language)));

    public static RpcException ToRpcException(ApiFailure failure, Language language) => RefusedCall.Of(ToStatus(failure, language));

    public static Google.Rpc.Status ToStatus(ApiFailure failure, Language language) => failure.Match(
        invalid => Of(invalid.Problems.Exists(p => SizeLimit.Is(p.Reason)) ? Code.ResourceExhausted : Code.InvalidArgument, invalid.Problems.ToList(), language),
        notFound => Of(Code.NotFound, [notFound.Problem], language));

    /// <summary>
    /// The status of <paramref name="problems"/> (at least one): violations, the reason of the first, and the words;
    /// <paramref name="metadata"/> is what the ErrorInfo carries beside the first problem's facts (a stale etag's
    /// <c>current_etag</c>, a refused role's <c>role</c> …), each replacing a fact of the same key. The ErrorInfo is
    /// built here whole and packed once.
    /// </summary>
    public static Google.Rpc.Status Of(Code code, IReadOnlyList<Problem> problems, Language language, IEnumerable<KeyValuePair<string, string>>? metadata = null)
    {
        var violations = problems.Select(p => Violation(p, language)).ToList();
        var facts = problems.Select(p => ProblemFactsOf.Of(p, language)).ToList();
        var status = WithViolations(code, violations);
        var first = problems[0];
        // The status's message names the first violation, so its facts are the ErrorInfo's metadata (AIP-193: one
        // ErrorInfo per status); every violation's facts follow in FieldViolationFacts, in the BadRequest's order.
        var info = new ErrorInfo
        {
            Reason = first.Reason.Code,
            Domain = ErrorDomain,
            Metadata = { ["field"] = violations[0].Field, ["problems"] = problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        info.Metadata.Add(ProblemFactsOf.Metadata(facts[0]).ToDictionary());
        if (metadata is not null)
            foreach (var (key, value) in metadata) info.Metadata[key] = value;
        status.Details.Add(Any.Pack(info));
        status.Details.Add(Any.Pack(new LocalizedMessage { Locale = language.Tag(), Message = Summary(problems, language) }));
        status.Details.Add(Any.Pack(new Contracts.V1.FieldViolationFacts { Violations = { facts } }));
        return status;
    }

    public static FieldViolation Violation(Problem problem, Language language) => new()
    {
        Field = ProblemPaths.Of(problem),
        Description = ProblemWords.Description(problem),
        Reason = problem.Reason.Code,
        LocalizedMessage = new LocalizedMessage { Locale = language.Tag(), Message = ProblemWords.Sentence(problem, language) },
    };

    /// <summary>"常宁市 · …:不能为负数(填写了 -5)", or with several: "共 3 处问题。第一处:…".</summary>
    private static string Summary(IReadOnlyList<Problem> problems, Language language)
    {
        var first = ProblemWords.Sentence(problems[0], language);
        return problems.Count == 1 ? first
            : language == Language.ZhCn ? $"共 {problems.Count} 处问题。第一处:{first}"
            : $"{problems.Count} problems with the request; the first: {first}";
    }

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
